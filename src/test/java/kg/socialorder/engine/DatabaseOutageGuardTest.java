package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class DatabaseOutageGuardTest {

  private final DataSource dataSource = mock(DataSource.class);
  private final DatabaseOutageGuard guard = new DatabaseOutageGuard(dataSource);

  @Test
  void aRequestPassesWhileTheDatabaseAnswers() throws Exception {
    Connection connection = mock(Connection.class);
    when(connection.isValid(2)).thenReturn(true);
    when(dataSource.getConnection()).thenReturn(connection);
    MockFilterChain chain = new MockFilterChain();

    guard.doFilter(new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/1/submit-form"),
        new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).as("passed on").isNotNull();
  }

  @Test
  void theWebappsApiIsRefusedWith503AndABilingualMessageInCamundasErrorShape() throws Exception {
    when(dataSource.getConnection()).thenThrow(new SQLTransientConnectionException("Connection is not available"));
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();

    guard.doFilter(new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/1/submit-form"),
        response, chain);

    assertThat(chain.getRequest()).as("not passed on").isNull();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString())
        .startsWith("{")
        .contains("\"type\":\"DatabaseUnavailable\"", "Маалымат базасы убактылуу жеткиликсиз",
            "База данных временно недоступна")
        .doesNotContain("Connection is not available", "SQL", "Exception");
  }

  @Test
  void openDataAnswersInItsOwnErrorShapeAndThePortalInPlainText() throws Exception {
    Connection connection = mock(Connection.class);
    when(connection.isValid(2)).thenReturn(false);
    when(dataSource.getConnection()).thenReturn(connection);

    MockHttpServletResponse openData = new MockHttpServletResponse();
    guard.doFilter(new MockHttpServletRequest("GET", "/ocds/releases"), openData, new MockFilterChain());
    MockHttpServletResponse portal = new MockHttpServletResponse();
    guard.doFilter(new MockHttpServletRequest("GET", "/portal/orders"), portal, new MockFilterChain());

    assertThat(openData.getStatus()).isEqualTo(503);
    assertThat(openData.getContentAsString()).startsWith("{\"error\":\"Маалымат базасы");
    assertThat(portal.getStatus()).isEqualTo(503);
    assertThat(portal.getContentType()).startsWith("text/plain");
    assertThat(portal.getContentAsString()).isEqualTo(guard.message());
  }

  @Test
  void staticFilesAreServedWithoutAskingTheDatabase() throws Exception {
    when(dataSource.getConnection()).thenThrow(new SQLException("down"));
    MockFilterChain chain = new MockFilterChain();

    guard.doFilter(new MockHttpServletRequest("GET", "/portal/portal.css"), new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }
}
