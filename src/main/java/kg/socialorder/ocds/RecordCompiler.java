package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the releases of one contracting process into its current state by the OCDS 1.1 merge
 * rules: releases are applied in date order; objects merge field by field; an array of objects that
 * all have an {@code id} merges its items by id (identifier merge), recursively; any other value, and
 * the lists marked wholeListMerge in the schema, is replaced by the latest; a null removes the field.
 * The compiled release's id, date and tag describe the compilation, not a release.
 */
final class RecordCompiler {

  /** Fields the schema marks wholeListMerge: replaced as a whole even though their items have ids. */
  private static final Set<String> WHOLE_LIST = Set.of("additionalIdentifiers", "additionalClassifications");
  /** Fields the schema marks omitWhenMerged. */
  private static final Set<String> OMITTED = Set.of("id", "date", "tag");

  private RecordCompiler() {}

  /** Releases oldest first (as the register gives them). */
  static ObjectNode compile(String ocid, List<JsonNode> releases) {
    ObjectNode compiled = OcdsJson.object();
    String latest = null;
    for (JsonNode release : releases) {
      Iterator<Map.Entry<String, JsonNode>> fields = release.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!OMITTED.contains(field.getKey())) {
          merge(compiled, field.getKey(), field.getValue());
        }
      }
      latest = release.path("date").asText(latest);
    }
    ObjectNode result = OcdsJson.object();
    result.put("ocid", ocid);
    result.put("id", ocid + "-" + latest);
    result.put("date", latest);
    result.putArray("tag").add("compiled");
    compiled.remove("ocid");
    result.setAll(compiled);
    return result;
  }

  private static void merge(ObjectNode target, String name, JsonNode value) {
    JsonNode current = target.get(name);
    if (value == null || value.isNull()) {
      target.remove(name);
    } else if (value.isObject() && current != null && current.isObject()) {
      mergeObject((ObjectNode) current, value);
    } else if (value.isObject()) {
      ObjectNode fresh = OcdsJson.object();
      mergeObject(fresh, value);
      target.set(name, fresh);
    } else if (value.isArray() && !WHOLE_LIST.contains(name) && identified(value)) {
      ArrayNode merged = current != null && current.isArray() && identified(current)
          ? (ArrayNode) current : OcdsJson.MAPPER.createArrayNode();
      for (JsonNode item : value) {
        ObjectNode existing = byId(merged, item.get("id").asText());
        if (existing == null) {
          existing = merged.addObject();
        }
        mergeObject(existing, item);
      }
      target.set(name, merged);
    } else {
      target.set(name, value.deepCopy());
    }
  }

  private static void mergeObject(ObjectNode target, JsonNode source) {
    Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      merge(target, field.getKey(), field.getValue());
    }
  }

  /** A non-empty array whose every item is an object with an id. */
  private static boolean identified(JsonNode array) {
    if (array.isEmpty()) {
      return false;
    }
    for (JsonNode item : array) {
      if (!item.isObject() || !item.hasNonNull("id")) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode byId(ArrayNode array, String id) {
    for (JsonNode item : array) {
      if (item.path("id").asText().equals(id)) {
        return (ObjectNode) item;
      }
    }
    return null;
  }
}
