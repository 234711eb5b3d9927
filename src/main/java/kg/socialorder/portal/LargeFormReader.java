package kg.socialorder.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A portal form larger than the server parses (Tomcat's {@code server.tomcat.max-http-form-post-size})
 * would reach the controller without any field, its form token included, and be refused as "not sent
 * from this site's page". This reads such a body itself, as a stream, keeping of each field only its
 * first {@value #KEPT_BYTES} bytes: more than any field may hold, so the form's own check refuses the
 * long one as too long, naming it, and the others are shown again as typed. A body beyond
 * {@code social-order.portal.max-body} is refused at once with 413, naming that limit.
 */
@Component
public class LargeFormReader extends OncePerRequestFilter {

  /** Kept of a field: encoded, at least 5 000 characters, above every field's limit (4 000). */
  static final int KEPT_BYTES = 64 * 1024;
  private static final int MAX_FIELDS = 1000;

  private final long parsedByServer;
  private final long maxBody;
  private final ValidationMessages messages;

  public LargeFormReader(ObjectProvider<ServerProperties> server, PortalProperties portal,
      ValidationMessages messages) {
    // Boot's default where no web server runs (tests of the engine alone)
    this.parsedByServer = server.getIfAvailable(ServerProperties::new).getTomcat().getMaxHttpFormPostSize().toBytes();
    this.maxBody = portal.maxBody().toBytes();
    this.messages = messages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !HttpMethod.POST.matches(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/portal/")
        || !isForm(request.getContentType())
        || request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= parsedByServer;
  }

  private static boolean isForm(String contentType) {
    try {
      return contentType != null
          && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
    } catch (InvalidMediaTypeException malformed) {
      return false;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBody) {
      tooLarge(response);
      return;
    }
    Map<String, List<String>> fields = read(request.getInputStream());
    if (fields == null) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new ReadForm(request, fields), response);
  }

  /** The fields, each value cut to {@link #KEPT_BYTES}; null when the body passes the limit. */
  private Map<String, List<String>> read(InputStream body) throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    ByteArrayOutputStream name = new ByteArrayOutputStream();
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    boolean inValue = false;
    long total = 0;
    byte[] buffer = new byte[8192];
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      total += n;
      if (total > maxBody) {
        return null;
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '&') {
          if (!add(fields, name, value)) {
            return null;
          }
          inValue = false;
        } else if (b == '=' && !inValue) {
          inValue = true;
        } else if (inValue) {
          if (value.size() < KEPT_BYTES) {
            value.write(b);
          }
        } else if (name.size() < 256) {
          name.write(b);
        }
      }
    }
    return add(fields, name, value) ? fields : null;
  }

  private static boolean add(Map<String, List<String>> fields, ByteArrayOutputStream name,
      ByteArrayOutputStream value) {
    if (name.size() > 0) {
      fields.computeIfAbsent(decode(name.toString(StandardCharsets.ISO_8859_1)), k -> new ArrayList<>())
          .add(decode(value.toString(StandardCharsets.ISO_8859_1)));
    }
    name.reset();
    value.reset();
    return fields.values().stream().mapToInt(List::size).sum() <= MAX_FIELDS;
  }

  /** URL-decoding of a value that may have been cut inside an escape. */
  private static String decode(String encoded) {
    String whole = encoded.replaceFirst("%[0-9A-Fa-f]?$", "");
    String decoded;
    try {
      decoded = URLDecoder.decode(whole, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      decoded = URLDecoder.decode(whole.replaceAll("%(?![0-9A-Fa-f]{2})", "%25"), StandardCharsets.UTF_8);
    }
    // a character cut in two at the end is dropped, not shown as a replacement character
    return encoded.length() >= KEPT_BYTES ? decoded.replaceFirst("\uFFFD+$", "") : decoded;
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Connection", "close");
    String message = HtmlUtils.htmlEscape(messages.refusal("formTooLarge", megabytes(DataSize.ofBytes(maxBody))));
    response.getWriter().write("<!DOCTYPE html><html lang=\"ky\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>413</title><link rel=\"stylesheet\" href=\"/portal/portal.css\"></head><body><main>"
        + "<div class=\"notice error-summary\" role=\"alert\"><p>" + message + "</p></div>"
        + "<p><a href=\"javascript:history.back()\">←</a> <a href=\"/portal\">Сынактар / Конкурсы</a></p>"
        + "</main></body></html>");
  }

  private static String megabytes(DataSize size) {
    return size.toMegabytes() + " МБ";
  }

  /** The request with the fields read here; its body is spent. */
  private static final class ReadForm extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    ReadForm(HttpServletRequest request, Map<String, List<String>> fields) {
      super(request);
      fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return true;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The form was read already");
        }

        @Override
        public int read() {
          return -1;
        }
      };
    }
  }
}
