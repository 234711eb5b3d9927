package kg.socialorder.documents;

import java.util.Comparator;
import java.util.List;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.PublicFormat;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.ResultsPublished;
import kg.socialorder.contract.ContractRegistered;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * The papers the procedure produces itself, as PDFs in Kyrgyz and Russian, kept as public documents
 * of their steps: the commission's protocol when the results are published (a new scoring round, a
 * new version of it) and the signed contract when it is registered. They are written when the step's
 * transaction commits, after the step's own releases, and with it: a step that rolls back leaves no
 * paper.
 */
@Component
public class GeneratedPapers {

  static final String PROTOCOL_STEP = "PublishResults";
  static final String CONTRACT_STEP = "RegisterContract";

  private final Documents documents;
  private final DocumentRegister register;
  private final ApplicationRegister applications;
  private final PdfLayout pdf;
  private final MunicipalityNames municipalities;

  public GeneratedPapers(Documents documents, DocumentRegister register, ApplicationRegister applications,
      PdfLayout pdf, MunicipalityNames municipalities) {
    this.documents = documents;
    this.register = register;
    this.applications = applications;
    this.pdf = pdf;
    this.municipalities = municipalities;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  public void on(ResultsPublished event) {
    CompetitionCall call = event.call();
    String title = "Сынак комиссиясынын протоколу / Протокол конкурсной комиссии"
        + (call.protocolNumber() == null ? "" : " № " + call.protocolNumber());
    byte[] paper = pdf.render(protocol(event), null);
    keep(call.municipality(), call.businessKey(), DocumentKind.COMMISSION_PROTOCOL, title, PROTOCOL_STEP,
        "protocol-" + call.callNumber() + ".pdf", paper);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  public void on(ContractRegistered event) {
    String title = "Келишим / Договор № " + event.contractNumber();
    byte[] paper = pdf.render(contract(event), null);
    keep(event.municipality(), event.themeKey(), DocumentKind.SIGNED_CONTRACT, title, CONTRACT_STEP,
        "contract-" + event.contractNumber().replaceAll("[^\\p{L}\\p{N}-]", "_") + ".pdf", paper);
  }

  /** Keeps the paper as the next version of the case's generated paper of that kind, if it has one. */
  private void keep(String municipality, String caseKey, DocumentKind kind, String title, String step, String fileName,
      byte[] content) {
    String family = register.ofCase(caseKey).stream()
        .filter(d -> d.kind() == kind && step.equals(d.step()))
        .map(Document::familyId).reduce((first, last) -> last).orElse(null);
    documents.attach(List.of(new Paper(kind, title, null, true, family, Upload.of(fileName, content))),
        Placement.ofCase(municipality, caseKey, step, null));
  }

  private String protocol(ResultsPublished event) {
    CompetitionCall call = event.call();
    List<Application> ranked = applications.ofCall(call.callNumber()).stream()
        .sorted(Comparator.comparing((Application a) -> a.rankingPosition() == null ? Integer.MAX_VALUE
            : a.rankingPosition()).thenComparing(Application::registrationNumber))
        .toList();
    StringBuilder rows = new StringBuilder();
    for (Application a : ranked) {
      rows.append("<tr><td>").append(a.rankingPosition() == null ? "—" : a.rankingPosition()).append("</td><td>")
          .append(esc(a.registrationNumber())).append("</td><td>").append(esc(a.organisationName())).append("</td><td>")
          .append(esc(a.projectTitle())).append("</td><td>")
          .append(Boolean.FALSE.equals(a.eligible()) ? "талаптарга жооп бербейт / не допущена"
              : a.totalScore() == null ? "—" : PublicFormat.number(a.totalScore()))
          .append("</td></tr>");
    }
    String winner = event.winner() == null ? "—"
        : esc(event.winner().organisationName()) + " (" + esc(event.winner().registrationNumber()) + ")";
    return page("Сынак комиссиясынын протоколу / Протокол конкурсной комиссии", call.businessKey(),
        "<h1>Сынак комиссиясынын протоколу<br/>Протокол конкурсной комиссии</h1>"
            + "<p class=\"meta\">№ " + esc(call.protocolNumber()) + " · "
            + (call.protocolDate() == null ? "" : PublicFormat.day(call.protocolDate())) + " · "
            + esc(municipalityName(call.municipality())) + "</p>"
            + "<dl><dt>Сынак / Конкурс</dt><dd>" + esc(call.callNumber()) + "</dd>"
            + "<dt>Көйгөй / Проблема</dt><dd>" + esc(call.problem()) + "</dd>"
            + "<dt>Максаттуу топ / Целевая группа</dt><dd>" + esc(call.targetGroup()) + "</dd>"
            + "<dt>Эң жогорку сумма / Предельная сумма</dt><dd>" + PublicFormat.som(call.budgetCeiling()) + "</dd>"
            + "<dt>Табыштамалар / Заявки</dt><dd>"
            + (event.applicationsReceived() == null ? ranked.size() : event.applicationsReceived()) + "</dd>"
            + "<dt>Жеңүүчү / Победитель</dt><dd><strong>" + winner + "</strong></dd></dl>"
            + "<h2>Табыштамалардын рейтинги / Рейтинг заявок</h2>"
            + "<table><thead><tr><th>Орун / Место</th><th>Номер</th><th>Уюм / Организация</th>"
            + "<th>Долбоор / Проект</th><th>Балл</th></tr></thead><tbody>" + rows + "</tbody></table>"
            + "<p class=\"note\">Комиссия мүчөлөрүнүн баалары жана негиздемелери тапшырманын тарыхында сакталат. /"
            + " Оценки и обоснования членов комиссии хранятся в истории задач.</p>");
  }

  private String contract(ContractRegistered event) {
    StringBuilder tranches = new StringBuilder();
    for (PlannedTranche t : event.tranchePlan()) {
      tranches.append("<tr><td>").append(t.number()).append("</td><td>").append(PublicFormat.som(t.amount()))
          .append("</td><td>").append(PublicFormat.day(t.paymentDate())).append("</td><td>")
          .append(PublicFormat.day(t.reportDueDate())).append("</td><td>").append(esc(t.deliverables()))
          .append("</td></tr>");
    }
    StringBuilder indicators = new StringBuilder();
    for (TargetIndicator i : event.indicators()) {
      indicators.append("<tr><td>").append(esc(i.name())).append("</td><td>").append(esc(i.unit()))
          .append("</td><td>").append(i.target()).append("</td></tr>");
    }
    return page("Келишим / Договор № " + event.contractNumber(), event.themeKey(),
        "<h1>Социалдык тапшырыкты аткаруу боюнча келишим<br/>Договор на выполнение социального заказа</h1>"
            + "<p class=\"meta\">№ " + esc(event.contractNumber()) + " · "
            + (event.signedOn() == null ? "" : PublicFormat.day(event.signedOn())) + "</p>"
            + "<dl><dt>Заказчы / Заказчик</dt><dd>" + esc(municipalityName(event.municipality())) + "</dd>"
            + "<dt>Аткаруучу / Исполнитель</dt><dd>" + esc(event.contractorName()) + "</dd>"
            + "<dt>Долбоор / Проект</dt><dd>" + esc(event.projectTitle()) + "</dd>"
            + "<dt>Келишимдин суммасы / Сумма договора</dt><dd><strong>" + PublicFormat.som(event.amount())
            + "</strong></dd>"
            + "<dt>Мөөнөтү / Срок</dt><dd>" + PublicFormat.day(event.start()) + " – " + PublicFormat.day(event.end())
            + "</dd></dl>"
            + "<h2>Транштар / Транши</h2><table><thead><tr><th>№</th><th>Сумма</th>"
            + "<th>Төлөө күнү / Дата оплаты</th><th>Отчет / Отчёт</th><th>Натыйжалар / Результаты</th></tr></thead>"
            + "<tbody>" + tranches + "</tbody></table>"
            + "<h2>Максаттуу көрсөткүчтөр / Целевые показатели</h2><table><thead><tr>"
            + "<th>Көрсөткүч / Показатель</th><th>Бирдиги / Единица</th><th>Максат / Цель</th></tr></thead>"
            + "<tbody>" + indicators + "</tbody></table>"
            + "<p class=\"note\">Эки тарап тең кол койгон; келишим муниципалитеттин реестринде катталды. /"
            + " Подписан обеими сторонами; договор зарегистрирован в реестре муниципалитета.</p>");
  }

  private static String page(String title, String caseKey, String body) {
    return PdfLayout.head(title, caseKey, "body{font-size:10.5pt;color:#1b1b1b}"
        + "h1{font-size:15pt;margin:0 0 4pt}h2{font-size:12pt;margin:14pt 0 4pt}.meta{color:#555}"
        + "dl{margin:8pt 0}dt{font-weight:bold;margin-top:4pt}dd{margin:0 0 0 12pt}"
        + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3pt 4pt;text-align:left;"
        + "vertical-align:top}th{background:#eee}.note{color:#555;font-size:9pt;margin-top:14pt}")
        + "<body>" + body + "</body></html>";
  }

  private String municipalityName(String id) {
    return municipalities.find(id).map(Municipality::displayName).orElse(id);
  }

  private static String esc(Object value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
  }
}
