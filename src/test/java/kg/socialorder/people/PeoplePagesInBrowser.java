package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests of the people pages share: the demo administrator's login through Admin, a
 * wait that shows the page when it fails, the check that nothing is wider than the screen, and the
 * screenshots under target/screenshots/.
 */
abstract class PeoplePagesInBrowser extends WebappTest {

  static final Path SCREENSHOTS = Path.of("target/screenshots");

  WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  void logIn() {
    browser.get(url("/camunda/app/admin/default/"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    browser.findElement(By.cssSelector("input[type=text]")).sendKeys("demo");
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
  }

  void assertFitsTheScreen() {
    Object wider = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) wider).intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
  }

  /** No table runs past the page's box (its inner padding): a form in a cell takes the cell's width. */
  void assertTablesFitThePage() {
    Object past = ((JavascriptExecutor) browser).executeScript(
        "const main = document.querySelector('main');"
            + "const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);"
            + "return Math.max(0, ...Array.from(main.querySelectorAll('table'))"
            + ".map(t => t.getBoundingClientRect().right - edge));");
    assertThat(((Number) past).doubleValue()).as("pixels a table runs past the page's box").isLessThanOrEqualTo(0.5);
  }

  /** Every list on the page shows its chosen entry whole, not cut off at its arrow. */
  void assertChoicesShowWhole() {
    Object cut = ((JavascriptExecutor) browser).executeScript(
        "const text = document.createElement('canvas').getContext('2d');"
            + "return Array.from(document.querySelectorAll('main select')).filter(s => s.offsetParent !== null)"
            + ".filter(s => { const style = getComputedStyle(s); text.font = style.font;"
            // the arrow takes about 20 px of the box beside the text
            + " const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;"
            + " return text.measureText(s.options[s.selectedIndex].text).width > room; })"
            + ".map(s => s.id + ': ' + s.options[s.selectedIndex].text);");
    assertThat((List<?>) cut).as("lists whose chosen entry is cut off").isEmpty();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  <T> T wait(ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    } catch (TimeoutException timeout) {
      throw new AssertionError("Waited in vain for " + condition + "; the page showed:\n"
          + browser.findElement(By.tagName("body")).getText(), timeout);
    }
  }

  void shoot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
