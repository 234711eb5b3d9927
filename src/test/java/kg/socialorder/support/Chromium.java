package kg.socialorder.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * A real headless Chromium and its driver of the same version, for the browser tests: Debian's chromium
 * and chromium-driver (.ci/run installs them), or any Chromium or Chrome named by the environment
 * variables CHROMIUM and CHROMEDRIVER or found on the PATH.
 */
public final class Chromium {

  public static final Path PROGRAM = program("CHROMIUM", "chromium", "chromium-browser", "google-chrome");
  public static final Path DRIVER = program("CHROMEDRIVER", "chromedriver");
  public static final String MISSING = "Chromium or its driver is not installed here"
      + " (apt-get install chromium chromium-driver, or set CHROMIUM and CHROMEDRIVER); .ci/run installs them";

  private Chromium() {}

  public static boolean installed() {
    return PROGRAM != null && DRIVER != null;
  }

  /** A desktop window of that size, the browser's language set to that one. */
  public static ChromeDriver desktop(String language, int width, int height) throws IOException {
    return start(language, width, height, Map.of());
  }

  /** A phone's screen, as Chromium's device emulation shows it: that many CSS pixels wide, touch, twice as dense. */
  public static ChromeDriver phone(String language, int width, int height) throws IOException {
    return start(language, width, height, Map.of("mobileEmulation", Map.of("deviceMetrics",
        Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true))));
  }

  /** The browser in a profile folder of its own, which goes when it quits. */
  private static ChromeDriver start(String language, int width, int height, Map<String, Object> screen)
      throws IOException {
    Path profile = Files.createTempDirectory("chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(PROGRAM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=" + language, "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    screen.forEach(options::setExperimentalOption);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options) {
      @Override
      public void quit() {
        try {
          super.quit();
        } finally {
          TempFiles.deleteRecursively(profile);
        }
      }
    };
  }

  /**
   * Clicks what opens something until it is shown, as a condition to wait for. Tasklist redraws its lists
   * (the task cards, the start dialog's processes while it fades in) after they first appear, and a click
   * on the element being replaced is lost; a person clicks again, and so does this.
   */
  public static ExpectedCondition<Boolean> clickedUntilShown(By target, By shown) {
    return driver -> {
      try {
        if (driver.findElements(shown).stream().anyMatch(WebElement::isDisplayed)) {
          return true;
        }
        driver.findElements(target).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
      } catch (StaleElementReferenceException | ElementClickInterceptedException redrawn) {
        // looked at and clicked again at the next poll
      }
      return false;
    };
  }

  /** The program an environment variable names, else the first of the names found on the PATH; null: none. */
  private static Path program(String variable, String... names) {
    String named = System.getenv(variable);
    if (named != null && !named.isBlank()) {
      return Files.isExecutable(Path.of(named)) ? Path.of(named) : null;
    }
    for (String name : names) {
      for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
        Path candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
