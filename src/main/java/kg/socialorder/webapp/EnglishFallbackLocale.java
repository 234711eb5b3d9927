package kg.socialorder.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The English locale file of Cockpit, Tasklist and Admin, without its date words for a browser that
 * prefers Kyrgyz or Russian.
 *
 * <p>The webapps load the browser's language and English, their fallback, side by side, and each
 * file's {@code dateLocales} switches moment.js, which writes "2 days ago" and "in 9 days", to its
 * language when it arrives. On a first visit the file that arrived last won, so a Kyrgyz or Russian
 * task list showed its dates in English on some loads. Without English date words in the fallback,
 * only the page's own language sets them. English labels stay, for keys a translation might miss.
 */
@RestController
public class EnglishFallbackLocale {

  static final Set<String> OUR_LANGUAGES = Set.of("ky", "ru");
  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";

  private final ObjectMapper json;
  private final Map<String, byte[]> withoutDateWords = new ConcurrentHashMap<>();

  public EnglishFallbackLocale(ObjectMapper json) {
    this.json = json;
  }

  @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/{app:admin|cockpit|tasklist}/locales/en.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> english(@PathVariable String app,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    byte[] body = prefersOurLanguage(acceptLanguage)
        ? withoutDateWords.computeIfAbsent(app, this::withoutDateWords)
        : read(app);
    return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT_LANGUAGE).body(body);
  }

  /** The webapps take the browser's first language, as Accept-Language lists it first. */
  static boolean prefersOurLanguage(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      return !ranges.isEmpty() && OUR_LANGUAGES.contains(ranges.get(0).getRange().split("-")[0]);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private byte[] withoutDateWords(String app) {
    try {
      ObjectNode english = (ObjectNode) json.readTree(read(app));
      english.remove("dateLocales");
      return json.writeValueAsBytes(english);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String app) {
    try (InputStream in = new ClassPathResource(WEBJAR + app + "/locales/en.json").getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
