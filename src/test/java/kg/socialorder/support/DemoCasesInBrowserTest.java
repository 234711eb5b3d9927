package kg.socialorder.support;

import java.util.Base64;
import java.util.Map;
import kg.socialorder.demo.DemoCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser test over the demo's real cases (see {@link Chromium}): the cases are loaded before each
 * test and the browser a test opens is closed after it.
 */
public abstract class DemoCasesInBrowserTest extends WebappTest {

  @Autowired
  protected DemoCases demoCases;

  /** The browser the test opened, if any; closed after the test. */
  protected ChromeDriver browser;

  @BeforeEach
  void loadTheDemoCases() {
    demoCases.load();
    // loading lets the procedure's clock go; the pages are read as of the moment the cases were loaded
    clock.moveTo(TODAY.atTime(10, 0).atZone(BISHKEK).toInstant());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  /** A PNG of the whole page that wide, top to bottom, not only what fits on the screen. */
  protected byte[] wholePage(int width, long height) {
    Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }
}
