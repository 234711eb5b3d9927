package kg.socialorder.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.support.Axe;
import kg.socialorder.support.Chromium;
import kg.socialorder.support.DemoCasesInBrowserTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The tasks people do in the field, in Tasklist on a phone 390 × 844 CSS pixels in a real headless
 * Chromium (see {@link Chromium}), in Kyrgyz and in Russian: an NGO signing its contract and reporting
 * a tranche, a member of the monitoring group recording the visit. The form is on the first screen,
 * above the task list; the page says its language; nothing is cut off or wider than the phone, a
 * table's rows are cards with each value under its column's name; number fields open the number
 * keyboard, fields are large enough not to zoom into, controls large enough to tap; Tasklist's footer
 * ends the page instead of covering the form; axe-core finds no serious or critical WCAG 2.1 AA
 * violation in the task; "Complete" with a field left empty brings that field into view; the case
 * panel beside the form shows where the order stands. Screenshots of each are kept under
 * target/screenshots/tasklist-phone/. The tranche report is the Kanysh-Kyya demo case's, as the demo
 * has it; the contract to sign and the tranche visited are the same NGO's, made here.
 */
@TestPropertySource(properties = {"social-order.demo.load-cases=false",
    // a context (and so an in-memory database) of its own: the contract it drafts is not the demo's, and
    // the tests that read the demo cases in theirs must not find it
    "test.context=contractor-on-phone"})
class TasklistOnPhoneInBrowserTest extends DemoCasesInBrowserTest {

  @Autowired
  private ContractRegister contractRegister;

  private static final int WIDTH = 390;
  private static final int HEIGHT = 844;
  private static final Path SCREENSHOTS = Path.of("target/screenshots/tasklist-phone");
  private static final String CONTRACTOR = "toskurulush";
  /** What a person taps in the task: its fields, buttons and links. */
  private static final String TARGETS = ".task-details input:not([type=hidden]), .task-details button,"
      + " .task-details a, .task-details select, .task-details textarea";

  @Test
  void theContractorSignsAndReportsOnAPhone() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    Task report = engine.getTaskService().createTaskQuery().taskDefinitionKey("SubmitTrancheReport")
        .taskAssignee(CONTRACTOR).singleResult();
    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance contract = contracts.start("kanyshkyya", 700_000, "«ТОС Курулуш» КБ", 600_000);
    contracts.complete(contract, contracts.draft("МСТ-2026-9", 600_000, "2026-04-01", "2026-12-31", CONTRACTOR,
        ContractDriver.monthlyTranches(600_000, 2)));
    Task signing = contracts.task(contract);
    assertThat(signing.getTaskDefinitionKey()).isEqualTo("ReviewContract");

    for (String language : List.of("ky", "ru")) {
      browser = Chromium.phone(language, WIDTH, HEIGHT);
      logIn(CONTRACTOR);
      assertFitsThePhone(language, signing, 0);
      assertFitsThePhone(language, report, 4);
      browser.quit();
      browser = null;
    }

    // "Complete" with the report's required fields empty: the first of them comes into view
    browser = Chromium.phone("ru", WIDTH, HEIGHT);
    logIn(CONTRACTOR);
    open(report);
    // scrolled to the button, as a person does; the task list follows it further down
    WebElement complete = browser.findElement(By.xpath("//button[contains(normalize-space(.),'Завершить')]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
    complete.click();
    WebElement firstError = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-has-errors")));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> inView(firstError));
    shoot("ru-SubmitTrancheReport-empty");
    assertThat(firstError.getText()).contains("Обязательное поле");
    assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).count())
        .as("the report is still to be done").isOne();

    // beside the form, the case: where the order stands and what was paid, with its public page
    browser.executeScript("window.scrollTo(0, 0)");
    browser.findElement(By.xpath("//a[contains(normalize-space(.),'Иш / Дело')]")).click();
    WebElement panel = new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".so-case-panel")));
    shoot("ru-SubmitTrancheReport-case");
    assertThat(panel.getText()).contains("Этапы и решения", "Договор подписан", "Транш 1 выплачен",
        "Публичная страница");
    assertThat(Axe.seriousViolations(browser, ".task-details")).as("the case panel's WCAG 2.1 AA violations").isEmpty();
  }

  /**
   * A member of the monitoring group records the visit on a phone, in the field: the report's figures
   * and expenses as cards, the visit's own fields to fill. The tranche is one of a contract of its
   * own with the same NGO in Kanysh-Kyya, paid and reported here as finance and the contractor would.
   */
  @Test
  void theMonitorRecordsTheVisitOnAPhone() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    TrancheDriver tranches = new TrancheDriver(engine, contractRegister);
    ProcessInstance tranche = tranches.start("МСТ-2026-77", 1);
    tranches.pay(tranche, TODAY.toString());
    tranches.complete(tranche, tranches.reportOnTrack(tranche, 100_000));
    Task visit = tranches.task(tranche);
    assertThat(visit.getTaskDefinitionKey()).isEqualTo("RecordMonitoringVisit");
    String monitor = engine.getTaskService().getIdentityLinksForTask(visit.getId()).stream()
        .map(IdentityLink::getUserId).filter(Objects::nonNull).sorted().findFirst().orElseThrow();

    for (String language : List.of("ky", "ru")) {
      browser = Chromium.phone(language, WIDTH, HEIGHT);
      logIn(monitor);
      assertFitsThePhone(language, visit, 0);
      assertThat(displayed(".fjs-container td.fjs-table-td")).as(language + ": the report's lines, as cards")
          .isNotEmpty();
      browser.quit();
      browser = null;
    }
  }

  /** Opens the task and checks its form as a person on a phone meets it; a screenshot of the whole page. */
  private void assertFitsThePhone(String language, Task task, int numberFields) throws IOException {
    open(task);
    String name = language + "-" + task.getTaskDefinitionKey();
    shoot(name);
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as(name + ": the page's language")
        .isEqualTo(language);
    assertThat(number("return document.querySelector('.fjs-form').getBoundingClientRect().top"))
        .as(name + ": where the form starts on the first screen").isLessThan(HEIGHT / 2);
    assertThat(number("return document.documentElement.scrollWidth")).as(name + ": the page's width")
        .isLessThanOrEqualTo(WIDTH);
    assertThat(displayed(TARGETS).stream()
        .filter(e -> e.getSize().getHeight() < 24 || e.getSize().getWidth() < 24)
        .map(e -> describe(e) + " " + e.getSize().getWidth() + "×" + e.getSize().getHeight()))
        .as(name + ": controls smaller than 24 × 24 px").isEmpty();
    assertThat(displayed(".fjs-container .fjs-input:not([type=radio]):not([type=checkbox]), .fjs-container textarea")
        .stream().filter(e -> Double.parseDouble(e.getCssValue("font-size").replace("px", "")) < 16)
        .map(TasklistOnPhoneInBrowserTest::describe)).as(name + ": fields under 16 px, which phones zoom into")
        .isEmpty();
    assertThat(displayed(".fjs-form-field-number .fjs-input")).as(name + ": number fields to fill")
        .hasSizeGreaterThanOrEqualTo(numberFields);
    assertThat(displayed(".fjs-form-field-number .fjs-input").stream()
        .filter(e -> !List.of("numeric", "decimal").contains(e.getDomAttribute("inputmode")))
        .map(TasklistOnPhoneInBrowserTest::describe)).as(name + ": number fields without the number keyboard")
        .isEmpty();
    assertThat(cutOff()).as(name + ": text cut off at its box's edge").isEmpty();
    // the header names the task, not its municipality's code; the cards listed (the contractor's: the
    // monitor's visit is a group task, not in "My tasks") name the municipality in full
    assertThat(displayed(".task-card .tenant-id")).as(name + ": the municipality's code in the header").isEmpty();
    assertThat(displayed(".so-task-card-case")).as(name + ": the tasks' cards")
        .hasSize(browser.findElements(By.cssSelector(".tasks-list > li")).size())
        .allSatisfy(card -> assertThat(card.getText()).contains("Номер: ", "Муниципалитет: ", " / "));
    // a table's row is a card on a phone: each value under its column's name
    assertThat(displayed(".fjs-container td.fjs-table-td").stream()
        .filter(cell -> cell.getDomAttribute("data-label") == null
            || cell.getRect().getX() + cell.getRect().getWidth() > WIDTH)
        .map(TasklistOnPhoneInBrowserTest::describe))
        .as(name + ": table cells without their column's name, or past the screen's edge").isEmpty();
    // Tasklist's footer ends the page rather than lying over the form
    assertThat(browser.findElement(By.cssSelector("[cam-widget-footer]")).getCssValue("position"))
        .as(name + ": Tasklist's footer").isEqualTo("static");
    assertThat(Axe.seriousViolations(browser, ".task-details"))
        .as(name + ": serious or critical WCAG 2.1 AA violations axe-core finds").isEmpty();
  }

  private void open(Task task) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form .fjs-form-field")));
  }

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
  }

  private List<WebElement> displayed(String selector) {
    return browser.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).toList();
  }

  /**
   * Labels, values and fields of the form whose text runs past their box and is hidden there, and its
   * tables whose columns run past the screen's edge (hidden unless a person thinks of scrolling sideways).
   */
  @SuppressWarnings("unchecked")
  private List<String> cutOff() {
    return (List<String>) browser.executeScript("""
        var cut = [];
        document.querySelectorAll('.fjs-container label, .fjs-container .fjs-input, .fjs-container .so-readonly-value,'
            + ' .fjs-container .fjs-table-middle-container, .fjs-container .fjs-table-inner-container')
          .forEach(function (e) {
            if (e.offsetParent !== null && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
              cut.push(e.tagName + ' ' + (e.textContent || e.value).trim().slice(0, 40));
            }
          });
        return cut;""");
  }

  private boolean inView(WebElement element) {
    return (Boolean) browser.executeScript("var r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", element);
  }

  private static String describe(WebElement element) {
    String id = element.getDomAttribute("id");
    return element.getTagName() + " '" + (id != null ? id : element.getText()) + "'";
  }

  private long number(String script) {
    return ((Number) browser.executeScript(script)).longValue();
  }

  /** The whole page, top to bottom. */
  private void shoot(String name) throws IOException {
    long height = Math.max(HEIGHT, number("return document.documentElement.scrollHeight"));
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), wholePage(WIDTH, height));
  }
}
