package kg.socialorder.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package's axe.min.js, as Deque ships it in its Java artifact) injected into the page
 * the browser shows, run against WCAG 2.1 A and AA: what it finds of serious or critical impact, each as
 * "rule (impact): what is wrong — where", so a failing test says what to mend.
 */
public final class Axe {

  private static final String SCRIPT = script();
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(arguments[0] || document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
          resultTypes: ['violations']})
        .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
              .replace(/\\s+/g, ' ').slice(0, 200))}))))
        .catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]));
      """;

  private Axe() {}

  /** The serious and critical violations of the page as shown now; empty when there are none. */
  public static List<String> seriousViolations(WebDriver browser) {
    return seriousViolations(browser, null);
  }

  /** The same, in the part of the page that CSS selector finds (the whole page when null). */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(WebDriver browser, String part) {
    JavascriptExecutor page = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(page.executeScript("return typeof axe === 'object'"))) {
      page.executeScript(SCRIPT);
    }
    List<String> found = new ArrayList<>();
    for (Object each : (List<Object>) page.executeAsyncScript(RUN, part)) {
      Map<String, Object> violation = (Map<String, Object>) each;
      found.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " — "
          + violation.get("nodes"));
    }
    return found;
  }

  private static String script() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
