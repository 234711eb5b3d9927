package kg.socialorder.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Kyrgyz and Russian translations of the Camunda webapps against the English originals
 * shipped in the Camunda webjar, and that every webapp's config.js offers them.
 *
 * <p>Camunda looks a translation up by key and silently shows the key itself when it is missing,
 * so a forgotten key, a lost {{placeholder}} or a string left in English would only be noticed by
 * an official on screen. This test catches those whenever Camunda is upgraded (new keys in
 * en.json) or a translation is edited.
 */
class WebappLocalesTest {

  private static final String APP_PATH = "META-INF/resources/webjars/camunda/app/";
  private static final Path OUR_RESOURCES = Path.of("src", "main", "resources");

  private static final List<String> APPS = List.of("tasklist", "welcome", "cockpit", "admin");
  private static final List<String> LOCALES = List.of("ky", "ru");
  /** Apps that officials use daily: their translations must exist in every locale. */
  private static final Set<String> REQUIRED_APPS = Set.of("tasklist", "welcome");

  /**
   * Words that stay as they are in every language: product names, acronyms and literals. A value
   * may equal the English one only if, after removing placeholders, HTML tags and entities, it
   * has no other words than these.
   */
  private static final Set<String> UNTRANSLATABLE_WORDS =
      Set.of(
          "Camunda", "Tasklist", "Cockpit", "Admin", "BPMN", "DMN", "CMMN", "ID", "JSON", "XML",
          "CSV", "REST", "API", "URL", "OK", "FEEL", "Java", "CE", "Optimize", "null");

  /** moment.js date formats (e.g. "DD.MM.YYYY", "HH:mm") in dateLocales need no translation. */
  private static final Pattern DATE_FORMAT = Pattern.compile("[DMYHhmsdLTo\\s,./:-]*");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");
  private static final Pattern HTML_TAG_OR_ENTITY = Pattern.compile("<[^>]*>|&#?\\w+;");
  private static final Pattern PRINTF = Pattern.compile("%[sd]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> localeFiles() {
    return APPS.stream().flatMap(app -> LOCALES.stream().map(locale -> Arguments.of(app, locale)));
  }

  @ParameterizedTest(name = "{0}/locales/{1}.json matches en.json")
  @MethodSource("localeFiles")
  void translationMatchesEnglish(String app, String locale) throws IOException {
    Path file = OUR_RESOURCES.resolve(APP_PATH + app + "/locales/" + locale + ".json");
    if (!Files.exists(file)) {
      if (REQUIRED_APPS.contains(app)) {
        fail("Missing required translation " + file);
      }
      Assumptions.abort("No " + locale + " translation of " + app + " yet");
    }

    Map<String, JsonNode> english = flatten(readEnglish(app));
    Map<String, JsonNode> translated;
    try (InputStream in = Files.newInputStream(file)) {
      translated = flatten(MAPPER.readTree(in));
    }

    // (a) the same key paths: report every missing and every extra key at once
    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(translated.keySet());
    Set<String> extra = new TreeSet<>(translated.keySet());
    extra.removeAll(english.keySet());
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(missing).as("keys of en.json missing in %s", file).isEmpty();
    softly.assertThat(extra).as("keys in %s that en.json does not have", file).isEmpty();

    List<String> leftInEnglish = new ArrayList<>();
    List<String> brokenMarkup = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : english.entrySet()) {
      String key = entry.getKey();
      JsonNode en = entry.getValue();
      JsonNode ours = translated.get(key);
      if (ours == null) {
        continue; // reported as missing above
      }
      if (ours.getNodeType() != en.getNodeType()) {
        brokenMarkup.add(key + ": expected a " + en.getNodeType() + " but is " + ours);
        continue;
      }
      if (!en.isTextual()) {
        continue;
      }
      String enText = en.textValue();
      String text = ours.textValue();

      // (b) nothing left in English unless it cannot be translated
      if (text.equals(enText) && !isUntranslatable(key, enText)) {
        leftInEnglish.add(key + " = \"" + text + "\"");
      }

      // (c) the same placeholders, HTML tags, printf arguments and edge spaces
      if (!placeholders(text).equals(placeholders(enText))) {
        brokenMarkup.add(
            key + ": placeholders " + placeholders(text) + " instead of " + placeholders(enText));
      }
      if (!tagNames(text).equals(tagNames(enText))) {
        brokenMarkup.add(key + ": HTML tags " + tagNames(text) + " instead of " + tagNames(enText));
      }
      if (!matches(PRINTF, text).equals(matches(PRINTF, enText))) {
        brokenMarkup.add(key + ": printf arguments differ from \"" + enText + "\"");
      }
      // an empty value is fine: Kyrgyz needs no plural suffix where English appends "s"
      if (!text.isEmpty() && !edgeSpaces(text).equals(edgeSpaces(enText))) {
        brokenMarkup.add(key + ": leading/trailing spaces differ from \"" + enText + "\"");
      }
    }
    softly.assertThat(leftInEnglish).as("values of %s still in English", file).isEmpty();
    softly.assertThat(brokenMarkup).as("placeholders and markup in %s", file).isEmpty();
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}/scripts/config.js offers ky, ru and en")
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void configOffersOurLocales(String app) throws IOException {
    Path config = OUR_RESOURCES.resolve(APP_PATH + app + "/scripts/config.js");
    assertThat(config).exists();
    // ignore the commented-out examples that the original config.js is full of
    String code =
        Files.readAllLines(config, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.trim().startsWith("//"))
            .collect(Collectors.joining("\n"));

    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(code);
    assertThat(available.find()).as("%s sets locales.availableLocales", config).isTrue();
    Set<String> offered = matches(Pattern.compile("['\"]([\\w-]+)['\"]"), available.group(1));
    assertThat(offered).as("locales offered by %s", config).contains("ky", "ru", "en");
    // a locale offered without a translation file would make the browser request a missing file
    for (String locale : offered) {
      if (!locale.equals("en")) {
        assertThat(OUR_RESOURCES.resolve(APP_PATH + app + "/locales/" + locale + ".json"))
            .as("translation for locale %s offered by %s", locale, config)
            .exists();
      }
    }
    assertThat(code).as("%s falls back to English", config).containsPattern(
        "fallbackLocale\\s*:\\s*['\"]en['\"]");
  }

  private static JsonNode readEnglish(String app) throws IOException {
    // only the Camunda webjar has en.json, so the classpath lookup cannot find one of ours
    URL url = WebappLocalesTest.class.getResource("/" + APP_PATH + app + "/locales/en.json");
    assertThat(url).as("en.json of %s in the Camunda webjar", app).isNotNull();
    try (InputStream in = url.openStream()) {
      return MAPPER.readTree(in); // Jackson skips the byte order mark the webjar files start with
    }
  }

  /** All leaves by key path such as {@code labels.SAVE} or {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static boolean isUntranslatable(String key, String english) {
    if (key.startsWith("dateLocales.") && DATE_FORMAT.matcher(english).matches()) {
      return true;
    }
    String prose = HTML_TAG_OR_ENTITY.matcher(PLACEHOLDER.matcher(english).replaceAll(" "))
        .replaceAll(" ");
    return matches(WORD, prose).stream().allMatch(UNTRANSLATABLE_WORDS::contains);
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1).trim());
    }
    return names;
  }

  private static Set<String> tagNames(String text) {
    return matches(HTML_TAG, text).stream().map(String::toLowerCase)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return found;
  }

  private static String edgeSpaces(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return text;
    }
    int start = text.indexOf(trimmed);
    return "[" + text.substring(0, start) + "|" + text.substring(start + trimmed.length()) + "]";
  }
}
