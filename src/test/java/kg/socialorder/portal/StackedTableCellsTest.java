package kg.socialorder.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * On a phone a stacked table's cell ({@code table.stack td[data-label]}, portal.css) is a grid of its
 * label and its children, each child in the value's column. Text beside elements in such a cell becomes
 * a grid item of its own and lands in the label's column: "(" under "Файл", "/" under "Этап". So a
 * cell holds text alone, or elements alone (one span around text and elements together).
 */
class StackedTableCellsTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void noStackedCellMixesTextWithElements() throws IOException {
    List<String> mixed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        for (Element cell : Jsoup.parse(file.toFile()).select("table.stack td[data-label]")) {
          boolean text = cell.textNodes().stream().map(TextNode::text).anyMatch(t -> !t.isBlank());
          boolean elements = cell.children().stream().anyMatch(c -> !c.tagName().equals("th:block"));
          if (text && elements && !cell.hasAttr("th:text") && !cell.hasAttr("th:utext")) {
            mixed.add(TEMPLATES.relativize(file) + ": " + cell.attr("data-label"));
          }
        }
      }
    }
    assertThat(mixed).as("stacked cells with text beside elements").isEmpty();
  }
}
