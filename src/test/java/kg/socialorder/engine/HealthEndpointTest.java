package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.api.Test;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;

/** /actuator/health as a load balancer reads it: the database and the engine, no details. */
// drives no process: no coverage to compute (the listener would warn that it cannot)
@ExcludeFromProcessCoverage
class HealthEndpointTest extends WebappTest {

  @Test
  void healthNamesTheDatabaseAndTheEngineWithoutTheirDetails() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = new ObjectMapper().readTree(response.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("engine").path("status").asText()).isEqualTo("UP");
    assertThat(response.body()).doesNotContain("details", "H2", "jobExecutorActive");
  }
}
