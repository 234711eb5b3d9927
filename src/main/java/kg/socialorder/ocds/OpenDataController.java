package kg.socialorder.ocds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.ocds.OcdsPackages.Links;
import kg.socialorder.validation.ValidationMessages;
import kg.socialorder.validation.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The open data, without login, as OCDS 1.1 JSON (UTF-8): release packages (all, changed since a
 * moment, or one contracting process) and record packages (each process's releases with its compiled
 * release). Lists are paged; a package links its next and previous pages.
 */
@RestController
@RequestMapping("/ocds")
class OpenDataController {

  static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
  static final int MAX_PAGE = 1_000_000;

  private final ReleaseRegister releases;
  private final OcdsPackages packages;
  private final OcdsProperties ocds;
  private final ZoneId zone;
  private final ValidationMessages messages;
  private final MunicipalityNames municipalities;

  OpenDataController(ReleaseRegister releases, OcdsPackages packages, OcdsProperties ocds,
      SocialOrderProperties properties, MunicipalityNames municipalities, ValidationMessages messages) {
    this.messages = messages;
    this.releases = releases;
    this.packages = packages;
    this.ocds = ocds;
    this.zone = properties.timeZone();
    this.municipalities = municipalities;
  }

  /** Every release, oldest first; {@code since}: only those dated at or after that moment. */
  @GetMapping("/releases")
  ResponseEntity<String> releases(@RequestParam(required = false) String since,
      @RequestParam(required = false) String page) {
    Instant from = since(since);
    int number = page(page);
    int size = ocds.pageSize();
    int total = releases.count(from);
    IntFunction<String> uri = n -> listUri("/ocds/releases", from, n);
    return ok(packages.releasePackage(uri.apply(number), releases.page(from, (number - 1) * size, size),
        links(uri, number, total, size)));
  }

  @GetMapping("/releases/{ocid}")
  ResponseEntity<String> processReleases(@PathVariable String ocid) {
    List<ReleaseRegister.Stored> stored = releases.ofProcess(ocid);
    if (stored.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "No contracting process " + ocid);
    }
    return ok(packages.releasePackage(packages.processUri(ocid), stored, null));
  }

  /** A record per contracting process, the least recently changed first; {@code since}: changed since. */
  @GetMapping("/records")
  ResponseEntity<String> records(@RequestParam(required = false) String since,
      @RequestParam(required = false) String page) {
    Instant from = since(since);
    int number = page(page);
    int size = ocds.pageSize();
    int total = releases.countProcesses(from);
    IntFunction<String> uri = n -> listUri("/ocds/records", from, n);
    return ok(packages.recordPackage(uri.apply(number), releases.processes(from, (number - 1) * size, size),
        links(uri, number, total, size)));
  }

  @GetMapping("/records/{ocid}")
  ResponseEntity<String> record(@PathVariable String ocid) {
    // read once: the releases that say the process exists are those its record compiles
    List<ReleaseRegister.Stored> stored = releases.ofProcess(ocid);
    if (stored.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "No contracting process " + ocid);
    }
    return ok(packages.recordPackage(ocds.link("/ocds/records/" + UriUtils.encodePathSegment(ocid,
        StandardCharsets.UTF_8)), Map.of(ocid, stored), null));
  }

  /**
   * Everything published, as one record package to download (records compiled from every release);
   * {@code /ocds/download/records-<municipality>.json}: one municipality's.
   */
  @GetMapping("/download/records.json")
  void downloadAll(HttpServletResponse response) throws IOException {
    download(ocds.ocid(""), "records.json", response);
  }

  @GetMapping("/download/records-{municipality}.json")
  void downloadMunicipality(@PathVariable String municipality, HttpServletResponse response) throws IOException {
    if (municipalities.find(municipality).isEmpty()) {
      throw new BadParameter("municipality: expected one of the municipalities served",
          new Violation("municipality", "choice"));
    }
    download(ocds.ocid(municipality.toUpperCase(Locale.ROOT) + "-"), "records-" + municipality + ".json", response);
  }

  private void download(String ocidStart, String file, HttpServletResponse response) throws IOException {
    if (releases.latest(ocidStart) == null) {
      // a record package holds at least one record: nothing published yet is said as such
      response.setStatus(HttpStatus.NOT_FOUND.value());
      headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
      response.getOutputStream().write(OcdsJson.write(OcdsJson.object().put("error", "Nothing published yet"))
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    packages.writeRecordPackage(ocds.link("/ocds/download/" + file), ocidStart, response.getOutputStream());
  }

  /** An instant with its offset (2026-01-01T00:00:00Z), or a day, which starts in the municipalities' zone. */
  private Instant since(String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(since.trim()).toInstant();
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(since.trim()).atStartOfDay(zone).toInstant();
      } catch (DateTimeParseException notADay) {
        throw new BadParameter("since: expected a date-time such as 2026-01-01T00:00:00Z",
            new Violation("since", "dateTime"));
      }
    }
  }

  private static int page(String page) {
    if (page == null || page.isBlank()) {
      return 1;
    }
    try {
      int number = Integer.parseInt(page.trim());
      // a page far beyond any list would overflow the offset
      if (number >= 1 && number <= MAX_PAGE) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadParameter("page: expected a whole number from 1 to " + MAX_PAGE,
        new Violation("page", "range", 1, MAX_PAGE));
  }

  private String listUri(String path, Instant since, int page) {
    StringBuilder uri = new StringBuilder(ocds.link(path));
    String separator = "?";
    if (since != null) {
      uri.append(separator).append("since=").append(since);
      separator = "&";
    }
    if (page > 1) {
      uri.append(separator).append("page=").append(page);
    }
    return uri.toString();
  }

  private static Links links(IntFunction<String> uri, int page, int total, int size) {
    return new Links(page * size < total ? uri.apply(page + 1) : null, page > 1 ? uri.apply(page - 1) : null);
  }

  private static ResponseEntity<String> ok(com.fasterxml.jackson.databind.JsonNode body) {
    return ResponseEntity.ok().headers(headers()).body(OcdsJson.write(body));
  }

  /** Answered with what was expected, in English for programs and in Kyrgyz and Russian for people. */
  @ExceptionHandler(BadParameter.class)
  ResponseEntity<String> badParameter(BadParameter e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).headers(headers())
        .body(OcdsJson.write(OcdsJson.object().put("error", e.getMessage())
            .put("message", messages.describe(e.violation))));
  }

  /** A query parameter the caller got wrong: answered 400 with what was expected. */
  static class BadParameter extends RuntimeException {

    private final transient Violation violation;

    BadParameter(String message, Violation violation) {
      super(message, null, false, false);
      this.violation = violation;
    }
  }

  private static ResponseEntity<String> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).headers(headers())
        .body(OcdsJson.write(OcdsJson.object().put("error", message)));
  }

  private static HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(JSON);
    headers.set("X-Content-Type-Options", "nosniff");
    // open data: any site may read it
    headers.setAccessControlAllowOrigin("*");
    return headers;
  }
}
