package kg.socialorder.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCDS merge rules as the record's compiled release applies them. */
class RecordCompilerTest {

  @Test
  void objectsInArraysMergeByIdAndTheLatestValueWins() {
    ObjectNode compiled = RecordCompiler.compile("ocds-x-1", List.of(
        json("""
            {"ocid": "ocds-x-1", "id": "r1", "date": "2026-03-01T00:00:00Z", "tag": ["award"],
             "awards": [{"id": "a1", "status": "pending", "value": {"amount": 100, "currency": "KGS"}}],
             "parties": [{"id": "p1", "name": "Old", "roles": ["supplier"]}]}"""),
        json("""
            {"ocid": "ocds-x-1", "id": "r2", "date": "2026-03-02T00:00:00Z", "tag": ["award", "awardCancellation"],
             "awards": [{"id": "a1", "status": "cancelled"}, {"id": "a2", "status": "pending"}],
             "parties": [{"id": "p1", "roles": ["supplier", "payee"]}]}"""),
        json("""
            {"ocid": "ocds-x-1", "id": "r3", "date": "2026-03-03T00:00:00Z", "tag": ["contract"],
             "contracts": [{"id": "c1", "awardID": "a2", "milestones": [{"id": "m1", "status": "scheduled"}]}]}"""),
        json("""
            {"ocid": "ocds-x-1", "id": "r4", "date": "2026-03-04T00:00:00Z", "tag": ["implementation"],
             "contracts": [{"id": "c1", "awardID": "a2", "milestones": [{"id": "m1", "status": "met"}],
               "implementation": {"transactions": [{"id": "t1", "value": {"amount": 50, "currency": "KGS"}}]}}]}""")));

    assertThat(compiled.path("id").asText()).isEqualTo("ocds-x-1-2026-03-04T00:00:00Z");
    assertThat(compiled.path("date").asText()).isEqualTo("2026-03-04T00:00:00Z");
    assertThat(compiled.path("tag").toString()).isEqualTo("[\"compiled\"]");
    assertThat(compiled.path("awards")).hasSize(2);
    assertThat(compiled.path("awards").get(0).path("status").asText()).isEqualTo("cancelled");
    // a field not repeated by a later release keeps its value
    assertThat(compiled.path("awards").get(0).path("value").path("amount").asInt()).isEqualTo(100);
    assertThat(compiled.path("parties").get(0).path("name").asText()).isEqualTo("Old");
    // a list of strings is replaced as a whole
    assertThat(compiled.path("parties").get(0).path("roles").toString()).isEqualTo("[\"supplier\",\"payee\"]");
    JsonNode contract = compiled.path("contracts").get(0);
    assertThat(contract.path("milestones")).hasSize(1);
    assertThat(contract.path("milestones").get(0).path("status").asText()).isEqualTo("met");
    assertThat(contract.path("implementation").path("transactions").get(0).path("value").path("amount").asInt())
        .isEqualTo(50);
  }

  @Test
  void aNullRemovesAFieldAndWholeListFieldsAreReplaced() {
    ObjectNode compiled = RecordCompiler.compile("ocds-x-2", List.of(
        json("""
            {"ocid": "ocds-x-2", "id": "r1", "date": "2026-03-01T00:00:00Z", "tag": ["tender"],
             "tender": {"id": "t", "description": "draft"},
             "parties": [{"id": "p", "additionalIdentifiers": [{"id": "1", "scheme": "A"}, {"id": "2", "scheme": "B"}]}]}"""),
        json("""
            {"ocid": "ocds-x-2", "id": "r2", "date": "2026-03-02T00:00:00Z", "tag": ["tenderUpdate"],
             "tender": {"id": "t", "description": null},
             "parties": [{"id": "p", "additionalIdentifiers": [{"id": "3", "scheme": "C"}]}]}""")));

    assertThat(compiled.path("tender").has("description")).isFalse();
    assertThat(compiled.path("parties").get(0).path("additionalIdentifiers")).hasSize(1);
  }

  private static JsonNode json(String text) {
    return OcdsJson.read(text);
  }
}
