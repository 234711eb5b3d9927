package kg.socialorder.order;

import static kg.socialorder.engine.JsonVariables.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.finalreport.FinalReportDriver;
import kg.socialorder.support.Chromium;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's way through the real Tasklist and portal in a real headless Chromium and its driver of the
 * same version: Debian's chromium and chromium-driver (.ci/run installs them), or any Chromium or Chrome
 * named by the environment variables CHROMIUM and CHROMEDRIVER or found on the PATH. Without them this
 * test is skipped. Screenshots are kept under target/screenshots/.
 */
class SocialOrderInBrowserTest extends WebappTest {

  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private WebDriver browser;

  @Autowired
  ContractRegister contracts;
  @Autowired
  PaymentLedger ledger;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aCoordinatorStartsASocialOrderAndTheCouncilFindsItsTask() throws IOException {
    open("ky");
    logIn("karakol.coordinator");
    shoot("01-tasklist-ky");

    browser.findElement(By.cssSelector(".start-process-action")).click();
    wait(Chromium.clickedUntilShown(By.linkText("Муниципалдык социалдык тапшырык / Муниципальный социальный заказ"),
        By.cssSelector("input[id$=Field_programmeName]")));
    // typed at full speed the moment the form appears, with nothing typed twice
    Map<String, String> start = Map.of("programmeName", "Каракол социалдык тапшырык 2026", "year", "2026",
        "budgetEnvelope", "400000", "themesPlanned", "2");
    start.forEach(this::type);
    assertThat(formText()).contains("400 000 сом");
    shoot("02-start-form-ky");
    submitStartForm();
    shoot("02b-started-ky");

    openTask("Тандоону жарыялоо");
    complete();
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
    assertThat(formText()).contains("Толтуруу милдеттүү / Обязательное поле");
    // the notice says what happened, not that something broke
    assertThat(wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")))
        .getText()).contains("Тапшырма аякталган жок");
    // a day outside the years a form takes is not taken, and the field says why before anything is sent
    field("announcementDate-date").sendKeys("01.01.0007", Keys.TAB);
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".so-date-range")));
    assertThat(formText()).contains("Күн 2000–", "Дата должна быть в пределах 2000–");
    assertThat(field("announcementDate-date").getDomProperty("value")).as("the day not taken").isEmpty();
    pickToday("announcementDate");
    wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".so-date-range")));
    assertThat(field("announcementDate-date").getAttribute("value")).matches("\\d{2}\\.\\d{2}\\.\\d{4}");
    field("date_0-date").click();
    // the calendar draws its weekdays a moment after it opens
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flatpickr-calendar.open"), "Жм"));
    assertThat(browser.findElement(By.cssSelector(".flatpickr-calendar.open")).getText())
        .contains("Дш", "Жм").doesNotContain("Mon", "Fri");
    field("date_0-date").sendKeys(Keys.ESCAPE);
    pickToday("date_0");
    type("place_0", "Шаардык маданият үйү");
    browser.findElement(By.cssSelector("input[id$=Field_informationChannels-0]")).click();
    assertThat(formText()).doesNotContain("Add new", "Select", "Search", "Field ", "Nothing to show");
    shoot("03-announce-ky");
    complete();
    wait(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Көйгөйлөрдү каттоо')]")));
    // completed: the notice that it was not is gone with the form it was about
    wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")));
    shoot("04-next-task-ky");

    ProcessInstance order = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("social-order").processInstanceBusinessKeyLike("KARAKOL-2026-%").orderByProcessInstanceId()
        .desc().list().get(0);
    assertThat(order.getTenantId()).isEqualTo("karakol");
    Map<String, Object> started = engine.getRuntimeService().getVariables(order.getId());
    start.forEach((key, text) -> assertThat(started.get(key) instanceof Number number
        ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString() : started.get(key))
        .as(key).isEqualTo(text));
    ProcessInstance selection = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(order.getId()).singleResult();
    Task next = engine.getTaskService().createTaskQuery().processInstanceId(selection.getId()).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("RegisterProblems");
    assertThat(next.getAssignee()).isEqualTo("karakol.coordinator");
    assertThat(java.time.LocalDate.parse((String) engine.getRuntimeService()
        .getVariable(selection.getId(), "announcementDate"))).isAfterOrEqualTo(TODAY);

    // the coordinator registers the problems and the tally; the council deputy then finds its task
    complete(selection, Map.of("problems", json(List.of(
        Map.of("title", "Эмгек мигранттарынын балдары", "affectedGroup", "Балдар", "source", "residentMeeting"),
        Map.of("title", "Зомбулуктан жабыркаган аялдар", "affectedGroup", "Аялдар", "source", "survey")))));
    complete(selection, Map.of("votingMethod", "openVote", "participantsTotal", 412,
        "votes", json(List.of(Map.of("problemId", "1", "votes", 230), Map.of("problemId", "2", "votes", 182)))));

    browser.quit();
    open("ru");
    logIn("karakol.deputy1");
    wait(ExpectedConditions.elementToBeClickable(By.partialLinkText("Задачи группы"))).click();
    // the same task is open for other orders too: its card names the order it belongs to
    openTask("Кеңеш темаларды бекитет", selection.getBusinessKey());
    wait(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(),'Решение местного кенеша')]")));
    // the form's table of problems fills in after the form's heading
    wait(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[contains(text(),'Эмгек мигранттарынын балдары')]")));
    assertThat(browser.getPageSource()).contains("Взять себе");
    // the task list dates its tasks in the page's language, whichever locale file arrived last
    assertThat(pageText()).contains("назад").doesNotContain(" ago");
    shoot("05-council-task-ru");
  }

  @Test
  void aResidentReadsAPublicReportOnThePortal() throws IOException {
    String key = publishReport();
    open("ky");

    browser.get("http://localhost:" + port + "/portal/reports");
    wait(ExpectedConditions.elementToBeClickable(By.partialLinkText("Инсан-Лейлек"))).click();
    wait(ExpectedConditions.urlContains("/portal/reports/" + key));

    // as read on the page: amounts grouped by non-breaking spaces, which the visible text shows as spaces
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Инсан-Лейлек",
        "Мектепке чейинки борбордогу балдар", "250 000 сом",
        "Элдик жыйын / Народный сход");
    shoot("06-portal-report");
  }

  private String publishReport() {
    FinalReportDriver.registerContract(contracts, ledger, "katran", "МСТ-2015-1", "«Инсан-Лейлек» КФ", "insanleilek",
        new BigDecimal("250000"), new BigDecimal("250000"),
        List.of(new TargetIndicator("Мектепке чейинки борбордогу балдар", "бала", 30)));
    ProcessInstance report = engine.getRuntimeService().startProcessInstanceByKey("final-report",
        Variables.createVariables()
            .putValue("municipality", "katran")
            .putValue("contractNumber", "МСТ-2015-1")
            .putValue("organisationName", "«Инсан-Лейлек» КФ")
            .putValue("contractorUserId", "insanleilek")
            .putValue("monitoringUserIds", "katran.monitor1")
            .putValue("contractOutcome", "completed"));
    complete(report, Map.of("results", "Мектепке чейинки борбор ачылды", "totalSpent", 250_000,
        "indicatorResults", json(List.of(Map.of("reached", 30)))));
    complete(report, Map.of("finalRating", "good", "conclusions", "Борбор иштеп жатат"));
    complete(report, Map.of("hearingFormat", "peoplesAssembly", "hearingDate", day(TODAY),
        "hearingPlace", "Катран айылы", "hearingAttendance", 140, "hearingMinutes", "Элдик жыйында талкууланды"));
    engine.getManagementService().createJobQuery().processInstanceId(report.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return report.getBusinessKey();
  }

  private void open(String language) throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.desktop(language, 1400, 1800);
  }

  private void logIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action")));
  }

  /** Opens a task from the list, which may redraw its cards between finding one and clicking it. */
  private void openTask(String name) {
    openTask(By.xpath("//h4[contains(normalize-space(.),'" + name + "')]"));
  }

  /** Opens the task of that name whose card shows that business key. */
  private void openTask(String name, String businessKey) {
    openTask(By.xpath("//li[.//*[contains(@class,'so-task-card-case') and contains(concat(normalize-space(.),' '),"
        + "'Номер: " + businessKey + " ')]]//h4[contains(normalize-space(.),'" + name + "')]"));
  }

  private void openTask(By card) {
    wait(Chromium.clickedUntilShown(card, By.cssSelector(".fjs-form")));
  }

  /** What the form shows, without the values typed into its inputs. */
  private String formText() {
    return browser.findElement(By.cssSelector(".fjs-container")).getText();
  }

  /** Types into a field at full speed, replacing what it holds. */
  private void type(String key, String text) {
    field(key).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  private WebElement field(String key) {
    return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=Field_" + key + "]")));
  }

  /** Picks the browser's today in the date picker, as a person would, whatever the date format. */
  private void pickToday(String key) {
    wait(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$=Field_" + key + "-date]"))).click();
    wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".flatpickr-calendar.open .flatpickr-day.today")))
        .click();
  }

  /** Starts the process from the start form, which must take what was typed at full speed at once. */
  private void submitStartForm() {
    browser.findElement(By.cssSelector(".modal-footer .btn-primary")).click();
    wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-footer")));
  }

  private void complete() {
    browser.findElement(By.xpath("//button[contains(normalize-space(.),'Аяктоо') or contains(normalize-space(.),'Завершить')]"))
        .click();
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** Waits for the page, and when it does not come, says what the page showed instead. */
  private <T> T wait(ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    } catch (TimeoutException timeout) {
      try {
        shoot("failed-" + System.currentTimeMillis());
      } catch (IOException | WebDriverException unavailable) {
        timeout.addSuppressed(unavailable);
      }
      throw new AssertionError("Waited in vain for " + condition + "; the page showed:\n" + pageText(), timeout);
    }
  }

  private String pageText() {
    try {
      return browser.findElement(By.tagName("body")).getText();
    } catch (WebDriverException unavailable) {
      return "(unreadable: " + unavailable.getMessage() + ")";
    }
  }

  private void shoot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
