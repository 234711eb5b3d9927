package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the admission answers when a request's database work waited too long, on a real H2 lock. */
class RequestAdmissionTest {

  private final RequestAdmission admission = new RequestAdmission(new Capacity(4, 0, 1, 3), Duration.ofSeconds(1));

  @Test
  void aPortalRequestThatTimedOutWaitingForALockIsToldTheServerIsBusy() throws Exception {
    SQLException lockTimeout = lockTimeout();
    MockHttpServletResponse response = new MockHttpServletResponse();

    admission.doFilter(new MockHttpServletRequest("POST", "/portal/calls/KARAKOL-2026-1-T1/apply"), response,
        (request, answer) -> {
          // as Spring MVC passes on an exception no handler took
          throw new ServletException("Request processing failed", new IllegalStateException(lockTimeout));
        });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("text/plain");
    assertThat(response.getContentAsString()).contains("Сервер азыр бош эмес", "Сервер сейчас занят")
        .doesNotContain("lock", "SQL", "Exception");
    assertThat(admission.working()).as("the slot is given back").isZero();
  }

  @Test
  void anyOtherFailurePassesThroughAndGivesItsSlotBack() {
    assertThatThrownBy(() -> admission.doFilter(new MockHttpServletRequest("GET", "/portal/orders"),
        new MockHttpServletResponse(), (request, answer) -> {
          throw new IllegalStateException("a bug");
        })).hasMessage("a bug");
    assertThat(admission.working()).isZero();
  }

  @Test
  void readingIsGetAndTheRestApisQueries() {
    assertThat(RequestAdmission.onlyReads(new MockHttpServletRequest("GET", "/portal/orders"))).isTrue();
    assertThat(RequestAdmission.onlyReads(new MockHttpServletRequest("POST",
        "/camunda/api/engine/engine/default/filter/abc/list"))).isTrue();
    assertThat(RequestAdmission.onlyReads(new MockHttpServletRequest("POST",
        "/camunda/api/engine/engine/default/task/count"))).isTrue();
    assertThat(RequestAdmission.onlyReads(new MockHttpServletRequest("POST",
        "/camunda/api/engine/engine/default/task/abc/submit-form"))).isFalse();
    assertThat(RequestAdmission.onlyReads(new MockHttpServletRequest("PUT",
        "/camunda/api/engine/engine/default/task/abc/variables/x"))).isFalse();
  }

  /** Two H2 sessions updating one row, the second with a short lock timeout: H2's own exception. */
  private static SQLException lockTimeout() throws SQLException {
    String url = "jdbc:h2:mem:admission-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url)) {
      first.createStatement().execute("create table counter (n int)");
      first.createStatement().execute("insert into counter values (1)");
      first.setAutoCommit(false);
      first.createStatement().executeUpdate("update counter set n = n + 1");
      second.createStatement().execute("set lock_timeout 100");
      try {
        second.createStatement().executeUpdate("update counter set n = n + 1");
      } catch (SQLException timedOut) {
        return timedOut;
      }
      throw new IllegalStateException("H2 did not time out");
    }
  }
}
