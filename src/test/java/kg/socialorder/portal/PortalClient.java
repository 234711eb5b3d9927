package kg.socialorder.portal;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.socialorder.support.HttpCalls;
import kg.socialorder.support.MultipartBody;
import kg.socialorder.support.MultipartBody.FilePart;

/** A visitor's browser on the portal, without login: keeps cookies, does not follow redirects. */
public class PortalClient {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final Duration timeout;

  public PortalClient(int port) {
    this(port, null);
  }

  /** A client whose every request gives up after {@code timeout} (the load benchmark's people). */
  public PortalClient(int port, Duration timeout) {
    this.base = "http://localhost:" + port;
    this.timeout = timeout;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** The token of the form on the page at {@code path}, as a browser would have it. */
  public String token(String path) {
    return tokenOf(get(path).body()).orElseThrow(() -> new IllegalStateException("No form token on " + path));
  }

  /** The token of the form on a page already fetched. */
  public static Optional<String> tokenOf(String page) {
    Matcher matcher = TOKEN.matcher(page);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Posts a form as a browser on our page does: same Origin, fields URL-encoded (lists repeat the name). */
  public HttpResponse<String> post(String path, Map<String, ?> fields) {
    return post(path, fields, base);
  }

  HttpResponse<String> post(String path, Map<String, ?> fields, String origin) {
    String body = fields.entrySet().stream()
        .flatMap(e -> (e.getValue() instanceof List<?> list ? list : List.of(e.getValue())).stream()
            .map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v))))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  /** Posts a form with files as a browser does (multipart/form-data), same Origin. */
  public HttpResponse<String> postMultipart(String path, Map<String, ?> fields, List<FilePart> files) {
    MultipartBody body = new MultipartBody(fields, files);
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", body.contentType())
        .header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
  }

  /** GET of a path's bytes with its headers (a document). */
  public HttpResponse<byte[]> getBytes(String path) {
    return HttpCalls.sendBytes(http, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /**
   * The portal's application form as an NGO fills it in, told apart from the others by its tax
   * number, with the form's token from the NGO's browser.
   */
  public static Map<String, Object> application(String token, long taxNumber, long amount) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("_csrf", token);
    fields.put("organisationName", "«Уюм " + taxNumber + "» КФ");
    fields.put("legalForm", "publicFund");
    fields.put("taxNumber", String.format(Locale.ROOT, "0%013d", taxNumber));
    fields.put("registrationDate", "2012-04-17");
    fields.put("contactPerson", "Байланыш " + taxNumber);
    fields.put("phone", "+996 772 000 111");
    fields.put("email", "ngo" + taxNumber + "@example.kg");
    fields.put("projectTitle", "Долбоор " + taxNumber);
    fields.put("summary", "Мектепке чейинки борбор");
    fields.put("workPlan", "1-ай: оңдоо\n2-12-ай: сабактар");
    fields.put("requestedAmount", String.valueOf(amount));
    fields.put("ownContribution", "0");
    fields.put("budgetItem0", "Айлык акы / Зарплата");
    fields.put("budgetAmount0", String.valueOf(amount));
    fields.put("declaredDocuments", List.of("charter", "registrationCertificate", "taxClearance",
        "socialFundClearance", "activityReport"));
    fields.put("declarationConfirmed", "true");
    return fields;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (timeout != null) {
      request.timeout(timeout);
    }
    return HttpCalls.send(http, request);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
