package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One release being written: the fields every release has (ocid, id, date, tag, initiationType,
 * language), the parties it names and the buyer. The stage fills in the rest.
 */
final class ReleaseDraft {

  final String ocid;
  final String id;
  final String date;
  final List<String> tags;
  final ObjectNode json = OcdsJson.object();

  ReleaseDraft(String ocid, String id, String date, List<String> tags, String language) {
    this.ocid = ocid;
    this.id = id;
    this.date = date;
    this.tags = List.copyOf(tags);
    json.put("ocid", ocid);
    json.put("id", id);
    json.put("date", date);
    ArrayNode tag = json.putArray("tag");
    tags.forEach(tag::add);
    json.put("initiationType", "tender");
    json.put("language", language);
  }

  /** Names a party of the process (merged by id across releases; its roles are replaced as a whole). */
  ReleaseDraft party(ObjectNode party) {
    ArrayNode parties = json.has("parties") ? (ArrayNode) json.get("parties") : json.putArray("parties");
    parties.add(party);
    return this;
  }

  ReleaseDraft buyer(ObjectNode party) {
    party(party);
    json.set("buyer", reference(party));
    return this;
  }

  ObjectNode section(String name) {
    return json.has(name) ? (ObjectNode) json.get(name) : json.putObject(name);
  }

  ArrayNode list(String name) {
    return json.has(name) ? (ArrayNode) json.get(name) : json.putArray(name);
  }

  /** An organisation reference: the party's id and name. */
  static ObjectNode reference(JsonNode party) {
    ObjectNode reference = OcdsJson.object();
    reference.put("id", party.path("id").asText());
    reference.put("name", party.path("name").asText());
    return reference;
  }
}
