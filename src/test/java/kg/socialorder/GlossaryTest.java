package kg.socialorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * One word for one thing: the domain words of src/main/resources/glossary.tsv are the ones people
 * read in forms, diagrams, validation messages, the portal, the public report, open data and the
 * webapps, and the variants the glossary refuses appear nowhere.
 */
class GlossaryTest {

  static final Path GLOSSARY = Path.of("src/main/resources/glossary.tsv");
  static final Path LOCALES = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
  static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  static final Pattern BPMN_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

  record Term(String english, String kyrgyz, String russian, List<String> notKyrgyz, List<String> notRussian) {}

  /** A text people read, and which of the two languages it is written in. */
  record Text(String where, String content, boolean kyrgyz, boolean russian) {}

  @Test
  void theGlossaryHasTheDomainWordsOfTheProcedure() throws IOException {
    assertThat(glossary()).extracting(Term::kyrgyz).contains(
        "муниципалдык социалдык тапшырык (МСТ)", "сынак", "табыштама (арыз)", "келишим", "транш",
        "биргелешкен мониторинг жана баалоо тобу", "коомдук угуу", "коомдук отчет");
    assertThat(glossary()).allSatisfy(term -> assertThat(term.kyrgyz()).isNotBlank())
        .allSatisfy(term -> assertThat(term.russian()).isNotBlank());
  }

  @Test
  void noTextUsesAVariantTheGlossaryRefuses() throws IOException {
    List<Term> glossary = glossary();
    String kyrgyzWords = String.join("\n", glossary.stream().map(Term::kyrgyz).toList()).toLowerCase(Locale.ROOT);
    String russianWords = String.join("\n", glossary.stream().map(Term::russian).toList()).toLowerCase(Locale.ROOT);
    SoftAssertions softly = new SoftAssertions();
    for (Text text : texts()) {
      for (Term term : glossary) {
        for (String variant : term.notKyrgyz()) {
          // a Kyrgyz variant that is a Russian word can only be told apart in a Kyrgyz-only text
          if (text.kyrgyz() && (!text.russian() || !russianWords.contains(variant.toLowerCase(Locale.ROOT)))) {
            refuse(softly, text, variant, term.kyrgyz());
          }
        }
        for (String variant : term.notRussian()) {
          if (text.russian() && (!text.kyrgyz() || !kyrgyzWords.contains(variant.toLowerCase(Locale.ROOT)))) {
            refuse(softly, text, variant, term.russian());
          }
        }
      }
    }
    softly.assertAll();
  }

  private static void refuse(SoftAssertions softly, Text text, String variant, String word) {
    Matcher found = Pattern.compile(variant,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS).matcher(text.content());
    if (found.find()) {
      int start = Math.max(0, found.start() - 40);
      softly.fail("%s says «%s» where the glossary says «%s»: …%s…", text.where(), found.group(), word,
          text.content().substring(start, Math.min(text.content().length(), found.end() + 40)).replace('\n', ' '));
    }
  }

  static List<Term> glossary() throws IOException {
    List<Term> terms = new ArrayList<>();
    for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("english\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("a glossary line has five columns: %s", line).hasSize(5);
      terms.add(new Term(cells[0], cells[1], cells[2], variants(cells[3]), variants(cells[4])));
    }
    return terms;
  }

  private static List<String> variants(String cell) {
    return cell.isBlank() ? List.of() : List.of(cell.split(";"));
  }

  static List<Text> texts() throws IOException {
    List<Text> texts = new ArrayList<>();
    for (Path file : files(Path.of("src/main/resources/messages"), ".properties")) {
      boolean kyrgyz = file.getFileName().toString().endsWith("_ky.properties");
      texts.add(new Text(file.toString(), read(file), kyrgyz, !kyrgyz));
    }
    for (Path file : files(LOCALES, ".json")) {
      boolean kyrgyz = file.getFileName().toString().equals("ky.json");
      texts.add(new Text(file.toString(), read(file), kyrgyz, !kyrgyz));
    }
    for (Path file : files(Path.of("processes"), ".bpmn")) {
      // element names read "Кыргызча / Русский": each half is held to its language's words
      Matcher name = BPMN_NAME.matcher(read(file));
      StringBuilder kyrgyz = new StringBuilder();
      StringBuilder russian = new StringBuilder();
      while (name.find()) {
        int slash = name.group(1).indexOf(" / ");
        kyrgyz.append(slash < 0 ? name.group(1) : name.group(1).substring(0, slash)).append('\n');
        russian.append(slash < 0 ? "" : name.group(1).substring(slash + 3)).append('\n');
      }
      texts.add(new Text(file + " (Kyrgyz names)", kyrgyz.toString(), true, false));
      texts.add(new Text(file + " (Russian names)", russian.toString(), false, true));
      texts.add(new Text(file.toString(), read(file), true, true));
    }
    for (Path file : files(Path.of("processes"), ".dmn")) {
      texts.add(new Text(file.toString(), read(file), true, true));
    }
    for (Path file : files(Path.of("forms"), ".form")) {
      texts.add(new Text(file.toString(), read(file), true, true));
    }
    for (Path file : files(Path.of("src/main/resources/templates"), ".html")) {
      texts.add(new Text(file.toString(), read(file), true, true));
    }
    for (Path file : files(LOCALES, ".js")) {
      texts.add(new Text(file.toString(), read(file), true, true));
    }
    for (Path file : files(Path.of("src/main/java"), ".java")) {
      Matcher literal = JAVA_STRING.matcher(read(file));
      StringBuilder strings = new StringBuilder();
      while (literal.find()) {
        strings.append(literal.group(1)).append('\n');
      }
      texts.add(new Text(file.toString(), strings.toString(), true, true));
    }
    assertThat(texts).as("texts to check").hasSizeGreaterThan(50);
    return texts;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      // the diagram tools' npm packages (processes/tools/node_modules) are not our texts
      return paths.filter(path -> path.toString().endsWith(suffix) && !path.toString().contains("node_modules"))
          .sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
