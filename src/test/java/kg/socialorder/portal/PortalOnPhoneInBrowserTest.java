package kg.socialorder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.support.Axe;
import kg.socialorder.support.Chromium;
import kg.socialorder.support.DemoCasesInBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every portal page a visitor reaches, read on a phone 390 CSS pixels wide in a real headless Chromium
 * (see {@link Chromium}) over the demo cases: no page scrolls sideways, fields are large enough that the
 * phone does not zoom into them, controls are large enough to tap, the page says its language, and axe-core finds no serious or critical
 * WCAG 2.1 AA violation. A
 * full-height screenshot of each page is kept under target/screenshots/portal-phone/, and one at desktop
 * width under target/screenshots/portal-desktop/. The property gives this test the demo cases' own context
 * (the one DemoCasesOnH2Test uses): a database holding the demo cases and nothing other tests left.
 */
@TestPropertySource(properties = "social-order.demo.load-cases=false")
class PortalOnPhoneInBrowserTest extends DemoCasesInBrowserTest {

  private static final int PHONE_WIDTH = 390;
  private static final int DESKTOP_WIDTH = 1280;
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  /** Links to the portal's pages of orders, calls (with their forms) and reports; never a download. */
  private static final String PAGE_LINKS = "a[href^='/portal/orders/'], a[href^='/portal/calls/'],"
      + " a[href^='/portal/reports/']";
  /** What a person taps: fields, buttons, and the links that stand alone (menu, pager, actions). */
  private static final String TARGETS = "button, input:not([type=hidden]), select, textarea,"
      + " .site-header a, .pager a, .actions a, .breadcrumbs a";

  @Autowired
  CallRegister calls;
  @Autowired
  ApplicationRegister applications;

  @Test
  void noPortalPageScrollsSidewaysOnAPhone() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.phone("ky", PHONE_WIDTH, 844);
    List<String> pages = everyPage();

    Map<String, Long> tooWide = new LinkedHashMap<>();
    Map<String, List<String>> tooSmall = new LinkedHashMap<>();
    Map<String, List<String>> zooming = new LinkedHashMap<>();
    Map<String, String> languages = new LinkedHashMap<>();
    Map<String, List<String>> inaccessible = new LinkedHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      browser.get(url(page));
      long width = number("return document.documentElement.scrollWidth");
      if (width > PHONE_WIDTH) {
        tooWide.put(page, width);
      }
      List<String> small = targets().stream().filter(e -> e.getSize().getHeight() < 24 || e.getSize().getWidth() < 24)
          .map(e -> describe(e) + " " + e.getSize().getWidth() + "×" + e.getSize().getHeight()).toList();
      if (!small.isEmpty()) {
        tooSmall.put(page, small);
      }
      List<String> zoomed = browser.findElements(By.cssSelector("input:not([type=hidden]):not([type=checkbox]), select, textarea"))
          .stream().filter(e -> Double.parseDouble(e.getCssValue("font-size").replace("px", "")) < 16)
          .map(e -> describe(e) + " " + e.getCssValue("font-size")).toList();
      if (!zoomed.isEmpty()) {
        zooming.put(page, zoomed);
      }
      languages.put(page, browser.findElement(By.tagName("html")).getDomAttribute("lang") + " "
          + browser.findElements(By.cssSelector(".site-header [lang=ru], .site-footer [lang=ru]")).size());
      List<String> violations = Axe.seriousViolations(browser);
      if (!violations.isEmpty()) {
        inaccessible.put(page, violations);
      }
      shoot("portal-phone", i, page, PHONE_WIDTH);
    }

    assertThat(pages).as("pages read").hasSizeGreaterThan(15)
        .contains("/portal", "/portal/orders", "/portal/reports").anyMatch(p -> p.startsWith("/portal/receipts/"))
        .anyMatch(p -> p.endsWith("/results")).anyMatch(p -> p.endsWith("/apply"));
    assertThat(tooWide).as("pages wider than the phone's %d px, and their widths", PHONE_WIDTH).isEmpty();
    assertThat(tooSmall).as("controls smaller than 24 × 24 px").isEmpty();
    assertThat(zooming).as("fields under 16 px, which phones zoom into").isEmpty();
    assertThat(inaccessible).as("serious or critical WCAG 2.1 AA violations axe-core finds").isEmpty();
    // the pages are bilingual, Kyrgyz first: Kyrgyz is the page's language, and the Russian of the menu and
    // the footer says it is Russian, so that a screen reader reads each with its own voice
    assertThat(languages).as("the language of each page, and how many Russian parts its menu and footer mark")
        .allSatisfy((page, lang) -> assertThat(lang).isEqualTo("ky 5"));
  }

  @Test
  void theSamePagesAtDesktopWidth() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.desktop("ru", DESKTOP_WIDTH, 900);
    List<String> pages = everyPage();
    Map<String, Long> tooWide = new LinkedHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      browser.get(url(pages.get(i)));
      long width = number("return document.documentElement.clientWidth");
      if (number("return document.documentElement.scrollWidth") > width) {
        tooWide.put(pages.get(i), number("return document.documentElement.scrollWidth"));
      }
      shoot("portal-desktop", i, pages.get(i), (int) width);
    }
    assertThat(tooWide).as("pages wider than the window").isEmpty();
  }

  /**
   * The pages a visitor reaches from the home page, the registry and the reports, as SeedFigures reads
   * them, with the forms to apply, change and appeal; a filtered registry, a receipt, and a page not found.
   */
  private List<String> everyPage() {
    Set<String> pages = new LinkedHashSet<>(List.of("/portal", "/portal/orders", "/portal/reports"));
    List<String> queue = new ArrayList<>(pages);
    for (int i = 0; i < queue.size(); i++) {
      browser.get(url(queue.get(i)));
      for (WebElement link : browser.findElements(By.cssSelector(PAGE_LINKS))) {
        String page = link.getDomAttribute("href");
        if (!page.endsWith("/pdf") && pages.add(page)) {
          queue.add(page);
        }
      }
    }
    String call = calls.publicCalls().get(0).callNumber();
    queue.add("/portal/orders?municipality=" + calls.publicCalls().get(0).municipality());
    applications.ofCall(call).stream().findFirst()
        .ifPresent(application -> queue.add("/portal/receipts/" + application.registrationNumber()));
    queue.add("/portal/calls/" + call + "/appeal");
    queue.add("/portal/calls/NO-SUCH-CALL");
    return queue;
  }

  private List<WebElement> targets() {
    return browser.findElements(By.cssSelector(TARGETS)).stream().filter(WebElement::isDisplayed).toList();
  }

  private static String describe(WebElement element) {
    String name = element.getDomAttribute("name") != null ? element.getDomAttribute("name") : element.getText();
    return element.getTagName() + " '" + name + "'";
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }

  private String url(String page) {
    return "http://localhost:" + port + page;
  }

  /** The whole page, top to bottom, not only what fits on the screen. */
  private void shoot(String folder, int index, String page, int width) throws IOException {
    long height = number("return document.documentElement.scrollHeight");
    Path directory = Files.createDirectories(SCREENSHOTS.resolve(folder));
    if (index == 0) {
      try (var earlier = Files.list(directory)) {
        for (Path file : earlier.toList()) {
          Files.delete(file);
        }
      }
    }
    String name = "%02d-%s".formatted(index, page.equals("/portal") ? "home"
        : page.substring("/portal/".length()).replaceAll("[^A-Za-z0-9-]+", "-"));
    Files.write(directory.resolve(name + ".png"), wholePage(width, height));
  }
}
