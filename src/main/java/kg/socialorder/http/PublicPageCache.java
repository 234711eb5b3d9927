package kg.socialorder.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public's pages are the same for everyone and change a few times a day, yet a publication day
 * brings many readers at once: the registry, the calls, results and reports of the portal and the
 * open data (not its downloads, which are streamed) are answered from memory for {@code social-order.http.public-cache-ttl} (10 s), so
 * readers take no turn on the database from the people who work in Tasklist or apply.
 *
 * <p>Only these pages are kept, only a GET answered 200 and only when the answer sets no cookie:
 * nothing of a person's own (an application form with its token, a receipt with its code, a
 * change) is ever kept or shown to another. A page is at most that old; what people submit is
 * always checked against the database.
 */
public class PublicPageCache extends OncePerRequestFilter {

  /** The portal's and open data's public reading pages, by path. */
  static final Pattern PUBLIC = Pattern.compile(
      "/portal/?|/portal/calls/[^/]+(/results)?|/portal/orders(/[^/]+)?|/portal/reports(/[^/]+(/pdf)?)?|/ocds/(?!download/).+");
  private static final int MOST_PAGES = 1000;

  private final long ttlNanos;
  private final Map<String, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
      return size() > MOST_PAGES;
    }
  };

  public PublicPageCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  private record Page(byte[] body, String contentType, Map<String, List<String>> headers, long storedAt) {}

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return ttlNanos <= 0 || !request.getMethod().equals("GET")
        || !PUBLIC.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getQueryString() == null ? request.getRequestURI()
        : request.getRequestURI() + "?" + request.getQueryString();
    Page page = fresh(key);
    if (page != null) {
      page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
      response.setContentType(page.contentType());
      response.setContentLength(page.body().length);
      response.getOutputStream().write(page.body());
      return;
    }
    Map<String, Boolean> before = new HashMap<>();
    response.getHeaderNames().forEach(name -> before.put(name.toLowerCase(Locale.ROOT), true));
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpServletResponse.SC_OK && !answer.containsHeader("Set-Cookie")
        && answer.getContentType() != null) {
      // the page's own headers (a PDF's file name); those of the filters before this one are set anew
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String name : answer.getHeaderNames()) {
        if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")
            && response.getHeader(name) != null && !before.containsKey(name.toLowerCase(Locale.ROOT))) {
          headers.put(name, List.copyOf(answer.getHeaders(name)));
        }
      }
      synchronized (pages) {
        pages.put(key, new Page(answer.getContentAsByteArray(), answer.getContentType(), headers, System.nanoTime()));
      }
    }
    answer.copyBodyToResponse();
  }

  private Page fresh(String key) {
    synchronized (pages) {
      Page page = pages.get(key);
      if (page == null) {
        return null;
      }
      if (System.nanoTime() - page.storedAt() > ttlNanos) {
        pages.remove(key);
        return null;
      }
      return page;
    }
  }
}
