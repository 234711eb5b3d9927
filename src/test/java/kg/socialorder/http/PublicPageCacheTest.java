package kg.socialorder.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which pages are answered from memory, and that nothing of a person's own ever is. */
class PublicPageCacheTest {

  private final PublicPageCache cache = new PublicPageCache(Duration.ofMinutes(1));
  private final AtomicInteger rendered = new AtomicInteger();

  /** The application behind the cache: counts how often it renders a page. */
  private final FilterChain application = (request, response) -> {
    int n = rendered.incrementAndGet();
    response.setContentType("text/html;charset=UTF-8");
    if (((MockHttpServletRequest) request).getRequestURI().endsWith("/pdf")) {
      ((jakarta.servlet.http.HttpServletResponse) response).setHeader("Content-Disposition", "inline; filename=\"report.pdf\"");
    }
    if (((MockHttpServletRequest) request).getRequestURI().endsWith("/apply")) {
      ((jakarta.servlet.http.HttpServletResponse) response).addHeader("Set-Cookie", "portal_csrf=secret; HttpOnly");
    }
    response.getOutputStream().write(("page " + n).getBytes(StandardCharsets.UTF_8));
  };

  @Test
  void thePublicsPagesAreRenderedOnceAndThenAnsweredFromMemory() throws Exception {
    for (String path : new String[] {"/portal", "/portal/orders", "/portal/calls/KARAKOL-2026-1-T1",
        "/portal/calls/KARAKOL-2026-1-T1/results", "/portal/reports/OMURALIEV-2018-1", "/ocds/releases"}) {
      rendered.set(0);
      assertThat(get(path).getContentAsString()).isEqualTo("page 1");
      MockHttpServletResponse again = get(path);
      assertThat(again.getContentAsString()).as(path).isEqualTo("page 1");
      assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
      assertThat(rendered).as(path).hasValue(1);
    }
  }

  @Test
  void eachQueryIsAPageOfItsOwnAndAPdfKeepsItsFileName() throws Exception {
    assertThat(get("/portal/orders", "year=2026").getContentAsString()).isEqualTo("page 1");
    assertThat(get("/portal/orders", "year=2018").getContentAsString()).isEqualTo("page 2");
    assertThat(get("/portal/orders", "year=2026").getContentAsString()).isEqualTo("page 1");

    get("/portal/reports/OMURALIEV-2018-1/pdf");
    assertThat(get("/portal/reports/OMURALIEV-2018-1/pdf").getHeader("Content-Disposition"))
        .isEqualTo("inline; filename=\"report.pdf\"");
  }

  @Test
  void nothingOfAPersonsOwnIsKept() throws Exception {
    // a form with its token cookie, a receipt with its code, the change page: rendered every time
    for (String path : new String[] {"/portal/calls/KARAKOL-2026-1-T1/apply", "/portal/receipts/KARAKOL-2026-1-T1-3",
        "/portal/change", "/portal/calls/KARAKOL-2026-1-T1/appeal"}) {
      rendered.set(0);
      get(path);
      get(path);
      assertThat(rendered).as(path).hasValue(2);
    }
    rendered.set(0);
    MockHttpServletRequest post = new MockHttpServletRequest("POST", "/portal/orders");
    cache.doFilter(post, new MockHttpServletResponse(), application);
    cache.doFilter(post, new MockHttpServletResponse(), application);
    assertThat(rendered).hasValue(2);
  }

  @Test
  void aPageIsKeptNoLongerThanItsTime() throws Exception {
    PublicPageCache brief = new PublicPageCache(Duration.ofNanos(1));
    MockHttpServletResponse first = new MockHttpServletResponse();
    brief.doFilter(new MockHttpServletRequest("GET", "/portal/orders"), first, application);
    MockHttpServletResponse second = new MockHttpServletResponse();
    brief.doFilter(new MockHttpServletRequest("GET", "/portal/orders"), second, application);
    assertThat(second.getContentAsString()).isEqualTo("page 2");
  }

  private MockHttpServletResponse get(String path) throws Exception {
    return get(path, null);
  }

  private MockHttpServletResponse get(String path, String query) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setQueryString(query);
    MockHttpServletResponse response = new MockHttpServletResponse();
    cache.doFilter(request, response, application);
    return response;
  }
}
