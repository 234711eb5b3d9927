package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
