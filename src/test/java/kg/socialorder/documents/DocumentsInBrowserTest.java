package kg.socialorder.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kg.socialorder.PersonName;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.support.Chromium;
import kg.socialorder.support.TempFiles;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator adds the call's terms in Tasklist's "Документтер / Документы" tab, in a real headless
 * Chromium, and a resident opens them from the call's page on the portal. Skipped without Chromium;
 * screenshots under target/screenshots/.
 */
class DocumentsInBrowserTest extends WebappTest {

  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final String M = "karakoltown";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  DocumentRegister register;

  private WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theCoordinatorAddsTheTermsInTasklistAndTheyOpenFromThePortal() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    CompetitionDriver driver = new CompetitionDriver(engine, intake);
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, TODAY.plusDays(30));
    byte[] content = SamplePapers.pdf("Terms of reference, Kara-Kol 2026");
    Path terms = TempFiles.upload("shartlar", ".pdf", content);

    browser = Chromium.desktop("ky", 1400, 1100);
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    browser.findElement(By.cssSelector("input[type=text]")).sendKeys(M + ".coordinator");
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action")));
    // the competition was started on its own, without a responsible coordinator: a task of the group,
    // found by the case its card names (other tests' competitions may wait at the same step)
    String caseKey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(competition.getId())
        .singleResult().getBusinessKey();
    By task = By.xpath("//li[.//*[contains(@class,'so-task-card-case') and contains(concat(normalize-space(.),' '),"
        + "'Номер: " + caseKey + " ')]]//h4[contains(normalize-space(.),'Кагаз табыштаманы каттоо')]");
    wait(Chromium.clickedUntilShown(By.xpath("//*[contains(normalize-space(text()),'Топтун тапшырмалары')]"), task));
    wait(Chromium.clickedUntilShown(task, By.xpath("//a[contains(normalize-space(.),'Документтер / Документы')]")));
    wait(Chromium.clickedUntilShown(By.xpath("//a[contains(normalize-space(.),'Документтер / Документы')]"),
        By.id("document-file")));

    new Select(browser.findElement(By.id("document-kind"))).selectByVisibleText(DocumentKind.TERMS_OF_REFERENCE.label());
    browser.findElement(By.id("document-title")).sendKeys("Сынактын шарттары / Условия конкурса");
    browser.findElement(By.id("document-public")).click();
    browser.findElement(By.id("document-file")).sendKeys(terms.toAbsolutePath().toString());
    shoot("documents-01-tasklist-form");
    browser.findElement(By.cssSelector(".document-submit")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".documents-list .document-link")));
    // who added it by name, as Tasklist names people (the login is its tooltip)
    String coordinator = PersonName.of(engine.getIdentityService().createUserQuery().userId(M + ".coordinator")
        .singleResult());
    assertThat(browser.findElement(By.cssSelector(".documents-list")).getText())
        .contains("Сынактын шарттары / Условия конкурса", terms.getFileName().toString(), coordinator, "Ооба / Да");
    shoot("documents-02-tasklist-listed");

    browser.get("http://localhost:" + port + "/portal/calls/" + call);
    WebElement link = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".public-papers .document-link")));
    assertThat(link.getText()).isEqualTo("Сынактын шарттары / Условия конкурса");
    shoot("documents-03-portal-call");
    String href = link.getDomAttribute("href");
    Document kept = register.ofCase(register.find(Long.parseLong(href.replaceAll(".*/documents/(\\d+)/.*", "$1")))
        .orElseThrow().caseKey()).get(0);
    assertThat(kept.publicDocument()).isTrue();
    assertThat(kept.uploadedBy()).isEqualTo(M + ".coordinator");
    link.click();
    wait(ExpectedConditions.urlContains("/portal/documents/" + kept.id() + "/"));
    // the browser shows the PDF itself (inline): the same bytes that were uploaded
    Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
        "var done = arguments[0]; fetch(location.href).then(r => r.arrayBuffer())"
            + ".then(b => done(new Uint8Array(b).length + ' ' + r0(b))); function r0(b) { return '' }");
    assertThat(String.valueOf(fetched)).startsWith(content.length + " ");
    shoot("documents-04-portal-pdf");
  }



  private <T> T wait(ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    } catch (TimeoutException timeout) {
      try {
        shoot("documents-failed-" + System.currentTimeMillis());
      } catch (IOException unavailable) {
        timeout.addSuppressed(unavailable);
      }
      throw new AssertionError("Waited in vain for " + condition + "; the page showed:\n"
          + browser.findElement(By.tagName("body")).getText(), timeout);
    }
  }

  private void shoot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
