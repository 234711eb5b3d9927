package kg.socialorder.portal;

import static kg.socialorder.engine.JsonVariables.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.finalreport.FinalReportDriver;
import kg.socialorder.support.WebappTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The public report as residents read it: on the portal, without login, and as a PDF. */
class PublicReportPageTest extends WebappTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @org.springframework.beans.factory.annotation.Autowired
  kg.socialorder.contract.PaymentLedger ledger;

  @org.springframework.beans.factory.annotation.Autowired
  kg.socialorder.contract.ContractRegister contracts;

  @Test
  void theOmuralievReportReadsOnThePortalAndInThePdf() throws Exception {
    String key = closeOmuralievContract("«Айкөл» жарандык демилгелер борбору КБ");

    HttpResponse<String> page = get("/portal/reports/" + key);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("«Айкөл» жарандык демилгелер борбору КБ")
        .contains("Өмүралиев айылдык аймагы")
        .contains("Аткарылды / Исполнен")
        .contains("300\u00a0000\u00a0сом")
        .contains("12\u00a0500\u00a0сом")
        .contains("Комуз жана компьютер сабактарынан өткөн жаштар")
        .contains("Элдик жыйын / Народный сход")
        .contains("02.03.2026");

    HttpResponse<String> list = get("/portal/reports?municipality=omuraliev");
    assertThat(list.body()).contains("/portal/reports/" + key);
    assertThat(get("/portal/reports?municipality=katran").body()).doesNotContain("/portal/reports/" + key);

    HttpResponse<byte[]> pdf = http.send(request("/portal/reports/" + key + "/pdf"), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    // kept for people to look at: target/reports/omuraliev-report.pdf
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/reports/omuraliev-report.pdf"), pdf.body());
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
      assertThat(text)
          .contains("«Айкөл» жарандык демилгелер борбору КБ")
          .contains("Комуз жана компьютер сабактарынан өткөн жаштар")
          .contains("300 000 сом")
          .contains("Элдик жыйын / Народный сход")
          .contains("Коомдук отчет / Публичный отчёт");
      // a tagged PDF's description: the procedure and the case
      assertThat(document.getDocumentInformation().getSubject())
          .isEqualTo("Муниципалдык социалдык тапшырык / Муниципальный социальный заказ · " + key);
    }
  }

  @Test
  void aThemesReportTellsHowResidentsChoseItAndWhatEachTranchePaid() throws Exception {
    // Omuraliev: 328 residents chose the theme; the contract paid two tranches
    kg.socialorder.problemselection.ProblemSelectionDriver selection =
        new kg.socialorder.problemselection.ProblemSelectionDriver(engine);
    ProcessInstance chosen = selection.start("omuraliev", 300_000, 1);
    selection.complete(chosen, selection.announcement(day(TODAY), day(TODAY.plusDays(3))));
    selection.complete(chosen, selection.problems("Жаштар үчүн маданият жана комуз сабактары", "Көчө жарыгы"));
    selection.complete(chosen, selection.choice(328, 170L, 201, 127));
    selection.complete(chosen, selection.approval(chosen, day(TODAY), Map.of("1", 300_000.0)));
    String themeKey = chosen.getBusinessKey() + "-T1";
    for (int tranche = 1; tranche <= 2; tranche++) {
      ledger.recordOnce(new kg.socialorder.contract.PaymentOrder("omuraliev", "МСТ-" + themeKey, tranche,
          new java.math.BigDecimal("150000"), "aikol", "ПП-" + tranche, chosen.getId()), TODAY.plusDays(tranche));
    }

    String key = closeOmuralievContract("«Айкөл» жарандык демилгелер борбору КБ", themeKey);

    assertThat(key).isEqualTo(themeKey);
    assertThat(get("/portal/reports/" + key).body())
        .contains("Жаштар үчүн маданият жана комуз сабактары")
        .contains(">328</span> тургун катышты / жителей участвовало")
        .contains(">201</span> добуш / голосов")
        .contains("Транштар / <span lang=\"ru\">Транши</span>")
        .contains("150\u00a0000\u00a0сом")
        .contains("03.03.2026", "04.03.2026")
        .contains("Комуз жана компьютер сабактарынан өткөн жаштар");
    HttpResponse<byte[]> pdf = http.send(request("/portal/reports/" + key + "/pdf"), HttpResponse.BodyHandlers.ofByteArray());
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/reports/omuraliev-theme-report.pdf"), pdf.body());
    try (var document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " "))
          .contains("328 тургун катышты")
          .contains("Транштар / Транши")
          .contains("150 000 сом")
          .contains("Комуз жана компьютер сабактарынан өткөн жаштар");
    }
  }

  @Test
  void markupInAnOrganisationNameIsShownAsText() throws Exception {
    String key = closeOmuralievContract("<script>alert(1)</script> КБ");

    HttpResponse<String> page = get("/portal/reports/" + key);

    assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; КБ").doesNotContain("<script>alert(1)");
    assertThat(get("/portal/reports").body()).doesNotContain("<script>alert(1)");
  }

  @Test
  void anUnknownReportIsNotFound() throws Exception {
    HttpResponse<String> page = get("/portal/reports/NOWHERE-2026-1");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Не найдено");
  }

  private String closeOmuralievContract(String organisation) {
    return closeOmuralievContract(organisation, null);
  }

  private String closeOmuralievContract(String organisation, String themeKey) {
    String contractNumber = themeKey == null ? "МСТ-7" : "МСТ-" + themeKey;
    FinalReportDriver.registerContract(contracts, ledger, "omuraliev", contractNumber, organisation, "aikol",
        new java.math.BigDecimal("300000"), new java.math.BigDecimal("300000"), List.of(new TargetIndicator(
            "Комуз жана компьютер сабактарынан өткөн жаштар", "адам", 40)));
    ProcessInstance report = engine.getRuntimeService().startProcessInstanceByKey("final-report", themeKey,
        Variables.createVariables()
            .putValue("municipality", "omuraliev")
            .putValue("contractNumber", contractNumber)
            .putValue("organisationName", organisation)
            .putValue("contractorUserId", "aikol")
            .putValue("monitoringUserIds", "omuraliev.monitor1")
            .putValue("contractOutcome", "completed"));
    complete(report, Variables.createVariables().putValue("results", "Сабактар өттү")
        .putValue("indicatorResults", json(List.of(Map.of("reached", 40)))).putValue("totalSpent", 287_500));
    complete(report, Variables.createVariables().putValue("finalRating", "good").putValue("conclusions", "Аткарылды"));
    complete(report, Variables.createVariables().putValue("refundAmount", 12_500).putValue("refundDate", day(TODAY))
        .putValue("refundReference", "ПП-9"));
    complete(report, Variables.createVariables().putValue("hearingFormat", "peoplesAssembly")
        .putValue("hearingDate", day(TODAY)).putValue("hearingPlace", "Айыл өкмөтү").putValue("hearingAttendance", 95)
        .putValue("hearingMinutes", "Жыйынтыктар угулду"));
    engine.getManagementService().createJobQuery().processInstanceId(report.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return report.getBusinessKey();
  }

  private void complete(ProcessInstance instance, Map<String, Object> variables) {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    engine.getTaskService().complete(task, variables);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
  }
}
