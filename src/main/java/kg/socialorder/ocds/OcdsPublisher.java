package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.CompetitionVariables;
import kg.socialorder.competition.ScoringCriterion;
import kg.socialorder.contract.ContractVariables;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.finalreport.FinalReportVariables;
import kg.socialorder.order.SocialOrderVariables;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.problemselection.ProblemSelectionVariables;
import kg.socialorder.tranche.TrancheVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Publishes the OCDS releases of each theme's contracting process, one per stage and subject, from
 * the step that makes the stage happen and in its transaction: the step and its release commit or
 * roll back together. A release's id names its stage and subject ({@code <ocid>-tender-1},
 * {@code <ocid>-payment-2}), so a step that runs again publishes nothing new.
 *
 * <p>The contracting process of a theme is the business key its competition, contract, tranches and
 * final report share (e.g. KARAKOL-2019-1-T1), prefixed with the configured OCID prefix.
 */
@Component("ocdsPublisher")
public class OcdsPublisher {

  static final String TAG_PLANNING = "planning";
  static final String TAG_TENDER = "tender";
  static final String TAG_TENDER_CANCELLATION = "tenderCancellation";
  static final String TAG_AWARD = "award";
  static final String TAG_AWARD_CANCELLATION = "awardCancellation";
  static final String TAG_CONTRACT = "contract";
  static final String TAG_IMPLEMENTATION = "implementation";
  static final String TAG_CONTRACT_TERMINATION = "contractTermination";

  private static final Map<String, String> RATINGS = Map.of(
      "excellent", "Эң жакшы / Отлично",
      "good", "Жакшы / Хорошо",
      "satisfactory", "Канааттандырарлык / Удовлетворительно",
      "poor", "Канааттандырарлык эмес / Неудовлетворительно");
  private static final Text REPORT_TITLE = Text.of("Жыйынтык коомдук отчет", "Итоговый публичный отчёт");
  private static final Map<String, String> HEARING_FORMATS = Map.of(
      "publicHearing", "Коомдук угуу / Общественные слушания",
      "peoplesAssembly", "Элдик жыйын / Народный сход",
      "roundTable", "Тегерек стол / Круглый стол");

  private final ReleaseRegister releases;
  private final OcdsProperties ocds;
  private final Map<String, Municipality> municipalities;
  private final ZoneId zone;
  private final CallRegister calls;
  private final Clock clock;

  public OcdsPublisher(ReleaseRegister releases, OcdsProperties ocds, SocialOrderProperties properties,
      CallRegister calls, Clock clock) {
    this.releases = releases;
    this.ocds = ocds;
    this.municipalities = properties.municipalities().stream()
        .collect(Collectors.toMap(Municipality::id, municipality -> municipality));
    this.zone = properties.timeZone();
    this.calls = calls;
    this.clock = clock;
  }

  /** Planning: the council approved the theme (the priority problem and its budget); it enters competition. */
  public void planning(DelegateExecution execution) {
    ApprovedTheme theme = JsonVariables.record(execution.getVariable(SocialOrderVariables.THEME), ApprovedTheme.class);
    String themeKey = (String) execution.getVariable(SocialOrderVariables.THEME_KEY);
    String ocid = ocds.ocid(themeKey);
    ReleaseDraft release = draft(ocid, "planning", TAG_PLANNING);
    if (release == null) {
      return;
    }
    release.buyer(buyer(execution));
    String programme = (String) execution.getVariable(ProblemSelectionVariables.PROGRAMME_NAME);
    ObjectNode planning = release.section("planning");
    Text.join(Text.entered(theme.problem()), Text.entered(theme.description()),
        Text.labelled("Тургундардын добуштары", "Голоса жителей", Text.same(String.valueOf(theme.votes()))))
        .put(planning, "rationale");
    ObjectNode budget = planning.putObject("budget");
    budget.put("id", themeKey);
    Text.join(Text.entered(programme), Text.of(theme.themeNumber() + "-тема", "Тема " + theme.themeNumber()))
        .put(budget, "description");
    if (theme.budget() != null) {
      budget.set("amount", OcdsJson.value(theme.budget(), ocds.currency()));
    }
    if (programme != null) {
      Text.entered(programme).put(budget, "project");
    }
    budget.put("projectID", execution.getProcessBusinessKey());
    ObjectNode needs = planning.putArray("documents").addObject();
    needs.put("id", "social-order");
    needs.put("documentType", "needsAssessment");
    Text.of("Артыкчылыктуу көйгөйлөр жана темалар", "Приоритетные проблемы и темы").put(needs, "title");
    needs.put("url", ocds.link("/portal/orders/" + segment(execution.getProcessBusinessKey())));
    needs.put("format", "text/html");
    needs.put("language", ocds.language());
    ObjectNode tender = release.section("tender");
    tender.put("id", themeKey);
    put(tender, "title", Text.entered(theme.problem()));
    put(tender, "description", Text.entered(theme.targetGroup()));
    tender.put("status", "planning");
    publish(release);
  }

  /** Tender: the call is published; a re-announced competition publishes its new call as the next tender. */
  public void tender(DelegateExecution execution) {
    CompetitionCall call = calls.get((String) execution.getVariable(CompetitionVariables.CALL_NUMBER));
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    ReleaseDraft release = draft(ocid, "tender-" + call.round(), TAG_TENDER);
    if (release == null) {
      return;
    }
    ObjectNode buyer = buyer(execution);
    release.buyer(buyer);
    ObjectNode tender = release.section("tender");
    tender.put("id", call.callNumber());
    put(tender, "title", Text.entered(call.problem()));
    Text.join(
        Text.labelled("Максаты", "Цель", Text.entered(call.goal())),
        Text.labelled("Милдеттери", "Задачи", Text.entered(call.tasks())),
        Text.labelled("Күтүлгөн натыйжалар", "Ожидаемые результаты", Text.entered(call.expectedResults())),
        Text.labelled("Максаттуу топ", "Целевая группа", Text.entered(call.targetGroup())),
        Text.labelled("Мөөнөтү", "Срок", Text.of(call.termMonths() + " ай", call.termMonths() + " мес.")))
        .put(tender, "description");
    tender.put("status", "active");
    tender.set("procuringEntity", ReleaseDraft.reference(buyer));
    tender.set("value", OcdsJson.value(call.budgetCeiling(), ocds.currency()));
    tender.put("procurementMethod", "open");
    // the schema has no language variant of this field: the release's language only
    tender.put("procurementMethodDetails", "Муниципалдык социалдык тапшырык: ачык сынак");
    tender.put("mainProcurementCategory", "services");
    tender.put("awardCriteria", "ratedCriteria");
    List<Text> criteria = call.scoringCriteria().stream().map(OcdsPublisher::criterion).toList();
    Text.of(criteria.stream().map(Text::ky).collect(Collectors.joining("; ")),
        criteria.stream().map(Text::ru).collect(Collectors.joining("; "))).put(tender, "awardCriteriaDetails");
    tender.putArray("submissionMethod").add("electronicSubmission").add("written");
    String page = ocds.link("/portal/calls/" + segment(call.callNumber()));
    Text.of("Порталда: " + page + "; кагаз жүзүндө координаторго", "На портале: " + page + "; на бумаге координатору")
        .put(tender, "submissionMethodDetails");
    ObjectNode period = tender.putObject("tenderPeriod");
    period.put("startDate", OcdsJson.dateTime(call.publishedAt(), zone));
    // the last moment an application is accepted: the deadline itself no longer is
    period.put("endDate", OcdsJson.dateTime(call.deadlineAt().minusSeconds(1), zone));
    put(tender, "eligibilityCriteria", Text.entered(call.eligibilityRequirements()));
    ObjectNode notice = tender.putArray("documents").addObject();
    notice.put("id", "notice-" + call.callNumber());
    notice.put("documentType", "tenderNotice");
    Text.of("Сынак жарыясы " + call.callNumber(), "Объявление о конкурсе " + call.callNumber()).put(notice, "title");
    notice.put("url", page);
    notice.put("format", "text/html");
    notice.put("datePublished", OcdsJson.dateTime(call.publishedAt(), zone));
    notice.put("language", ocds.language());
    publish(release);
  }

  /**
   * Award: the results are published and the appeal window opens, so the award is pending. An award
   * published before in this process for another winner (an upheld appeal changed the ranking) is
   * cancelled by this release.
   */
  public void award(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    String callNumber = (String) execution.getVariable(CompetitionVariables.CALL_NUMBER);
    ReleaseDraft release = draft(ocid, "award-" + execution.getVariable(CompetitionVariables.CALL_ROUND) + "-"
        + execution.getVariable(CompetitionVariables.SCORING_ROUND), TAG_AWARD);
    if (release == null) {
      return;
    }
    Map<String, Object> winner = map(execution.getVariable(CompetitionVariables.WINNER));
    String awardId = awardId(winner.get("applicationId"), callNumber);
    ObjectNode supplier = supplier(text(winner.get("taxNumber")), text(winner.get("organisationName")), false);
    release.buyer(buyer(execution)).party(supplier);
    ObjectNode tender = release.section("tender");
    tender.put("id", callNumber);
    Object received = execution.getVariable(CompetitionVariables.APPLICATIONS_RECEIVED);
    if (received instanceof Number count) {
      tender.put("numberOfTenderers", count.intValue());
    }
    ArrayNode awards = release.list("awards");
    ObjectNode award = awards.addObject();
    award.put("id", awardId);
    put(award, "title", Text.entered(winner.get("projectTitle")));
    String protocol = " № " + execution.getVariable(CompetitionVariables.PROTOCOL_NUMBER) + ", "
        + execution.getVariable(CompetitionVariables.PROTOCOL_DATE);
    Object score = winner.get("score");
    Text.of("Комиссиянын протоколу" + protocol + (score == null ? "" : "; упай: " + score),
        "Протокол комиссии" + protocol + (score == null ? "" : "; балл: " + score)).put(award, "description");
    award.put("status", "pending");
    award.put("date", release.date);
    if (winner.get("requestedAmount") instanceof Number amount) {
      award.set("value", OcdsJson.value(new BigDecimal(amount.toString()), ocds.currency()));
    }
    award.putArray("suppliers").add(ReleaseDraft.reference(supplier));
    ObjectNode notice = award.putArray("documents").addObject();
    notice.put("id", "results-" + callNumber + "-" + execution.getVariable(CompetitionVariables.SCORING_ROUND));
    notice.put("documentType", "awardNotice");
    Text.of("Сынактын жыйынтыктары " + callNumber, "Итоги конкурса " + callNumber).put(notice, "title");
    notice.put("url", ocds.link("/portal/calls/" + segment(callNumber) + "/results"));
    notice.put("format", "text/html");
    notice.put("datePublished", release.date);
    notice.put("language", ocds.language());
    if (cancelOpenAwards(current(ocid), awards, awardId)) {
      release.json.withArray("tag").add(TAG_AWARD_CANCELLATION);
    }
    publish(release);
  }

  /** The competition is cancelled without a winner: the tender, and any award still open, are cancelled. */
  public void tenderCancelled(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    ReleaseDraft release = draft(ocid, "tender-cancellation", TAG_TENDER_CANCELLATION);
    if (release == null) {
      return;
    }
    release.buyer(buyer(execution));
    ObjectNode tender = release.section("tender");
    tender.put("id", (String) execution.getVariable(CompetitionVariables.CALL_NUMBER));
    tender.put("status", "cancelled");
    ObjectNode reason = tender.putArray("documents").addObject();
    reason.put("id", "cancellation");
    reason.put("documentType", "cancellationDetails");
    Text.of("Сынак жокко чыгарылды", "Конкурс отменён").put(reason, "title");
    put(reason, "description", Text.entered(execution.getVariable(CompetitionVariables.CANCELLATION_REASON)));
    reason.put("datePublished", release.date);
    reason.put("language", ocds.language());
    ArrayNode awards = OcdsJson.MAPPER.createArrayNode();
    if (cancelOpenAwards(current(ocid), awards, null)) {
      release.json.set("awards", awards);
      release.json.withArray("tag").add(TAG_AWARD_CANCELLATION);
    }
    publish(release);
  }

  /** Contract: signed by both and registered; its tranches are its milestones. The award is now in force. */
  public void contract(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    ReleaseDraft release = draft(ocid, "contract", TAG_CONTRACT);
    if (release == null) {
      return;
    }
    ObjectNode current = current(ocid);
    String number = (String) execution.getVariable(ContractVariables.CONTRACT_NUMBER);
    Map<String, Object> winner = map(execution.getVariable(ContractVariables.WINNER));
    String awardId = awardId(winner.get("applicationId"), number);
    String contractorName = (String) execution.getVariable(ContractVariables.CONTRACTOR_NAME);
    ObjectNode supplier = supplier(text(winner.get("taxNumber")), contractorName, true);
    release.buyer(buyer(execution)).party(supplier);
    if (current.path("tender").has("id")) {
      ObjectNode tender = release.section("tender");
      tender.put("id", current.path("tender").path("id").asText());
      tender.put("status", "complete");
    }
    ObjectNode award = release.list("awards").addObject();
    award.put("id", awardId);
    award.put("status", "active");
    if (byId(current.path("awards"), awardId) == null) {
      // a contract run without a published competition still says whom it was awarded to
      put(award, "title", Text.entered(winner.get("projectTitle")));
      award.put("date", release.date);
      award.putArray("suppliers").add(ReleaseDraft.reference(supplier));
    }
    cancelOpenAwards(current, release.list("awards"), awardId);

    ObjectNode contract = release.list("contracts").addObject();
    contract.put("id", number);
    contract.put("awardID", awardId);
    put(contract, "title", Text.entered(execution.getVariable(ContractVariables.PROJECT_TITLE)));
    List<TargetIndicator> indicators = JsonVariables.records(execution.getVariable(ContractVariables.INDICATORS),
        TargetIndicator.class);
    if (!indicators.isEmpty()) {
      List<Text> lines = indicators.stream().map(i -> Text.entered(i.name()).plus(" — " + i.target() + " ")
          .plus(Text.entered(i.unit()))).toList();
      Text.labelled("Максаттуу көрсөткүчтөр", "Целевые показатели", Text.of(
          lines.stream().map(Text::ky).collect(Collectors.joining("; ")),
          lines.stream().map(Text::ru).collect(Collectors.joining("; ")))).put(contract, "description");
    }
    contract.put("status", "active");
    ObjectNode period = contract.putObject("period");
    period.put("startDate", OcdsJson.startOf(day(execution.getVariable(ContractVariables.CONTRACT_START)), zone));
    period.put("endDate", OcdsJson.endOf(day(execution.getVariable(ContractVariables.CONTRACT_END)), zone));
    contract.set("value", OcdsJson.value(money(execution.getVariable(ContractVariables.CONTRACT_AMOUNT)),
        ocds.currency()));
    LocalDate signed = day(execution.getVariable(ContractVariables.SIGNED_ON));
    if (signed != null) {
      contract.put("dateSigned", OcdsJson.startOf(signed, zone));
    }
    ArrayNode milestones = contract.putArray("milestones");
    for (PlannedTranche tranche : JsonVariables.records(execution.getVariable(ContractVariables.TRANCHE_PLAN),
        PlannedTranche.class)) {
      ObjectNode milestone = milestones.addObject();
      milestone.put("id", trancheMilestone(tranche.number()));
      String amount = ": " + plain(tranche.amount()) + " " + ocds.currency();
      Text.of(tranche.number() + "-транш" + amount, "Транш " + tranche.number() + amount).put(milestone, "title");
      milestone.put("type", "financing");
      Text.join(Text.entered(tranche.deliverables()),
          Text.labelled("Отчет", "Отчёт", Text.same(String.valueOf(tranche.reportDueDate()))))
          .put(milestone, "description");
      // paid by the end of its day, as every due date and end of a period here
      milestone.put("dueDate", OcdsJson.endOf(tranche.paymentDate(), zone));
      milestone.put("status", "scheduled");
    }
    if (milestones.isEmpty()) {
      contract.remove("milestones");
    }
    publish(release);
  }

  /** Implementation: a tranche is paid, a transaction from the municipality to the contractor. */
  public void payment(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    int number = ((Number) execution.getVariable(TrancheVariables.TRANCHE_NUMBER)).intValue();
    ReleaseDraft release = draft(ocid, "payment-" + number, TAG_IMPLEMENTATION);
    if (release == null) {
      return;
    }
    ObjectNode current = current(ocid);
    String contractNumber = (String) execution.getVariable(TrancheVariables.CONTRACT_NUMBER);
    ObjectNode buyer = buyer(execution);
    ObjectNode supplier = supplierOf(current, contractNumber,
        (String) execution.getVariable(TrancheVariables.CONTRACTOR_NAME));
    release.buyer(buyer).party(supplier);
    LocalDate paidOn = day(execution.getVariable(TrancheVariables.PAID_ON));
    ObjectNode contract = contract(release, current, contractNumber);
    ObjectNode milestone = planned(current, contractNumber, trancheMilestone(number));
    contract.putArray("milestones").add(milestone);
    milestone.put("status", "met");
    milestone.put("dateMet", OcdsJson.startOf(paidOn, zone));
    milestone.put("dateModified", release.date);
    ObjectNode transaction = contract.putObject("implementation").putArray("transactions").addObject();
    transaction.put("id", "tranche-" + number);
    transaction.put("date", OcdsJson.startOf(paidOn, zone));
    transaction.set("value", OcdsJson.value(money(execution.getVariable(TrancheVariables.TRANCHE_AMOUNT)),
        ocds.currency()));
    transaction.set("payer", ReleaseDraft.reference(buyer));
    transaction.set("payee", ReleaseDraft.reference(supplier));
    publish(release);
  }

  /** Implementation: the monitoring group's conclusion on a tranche, an assessment milestone. */
  public void monitoringConclusion(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    int tranche = ((Number) execution.getVariable(TrancheVariables.TRANCHE_NUMBER)).intValue();
    // a tranche sent back for corrections is visited again: each conclusion is a milestone of its own
    String series = "monitoring-" + tranche + "-";
    int visit = releases.countStartingWith(ocid, ocid + "-" + series) + 1;
    ReleaseDraft release = draft(ocid, series + visit, TAG_IMPLEMENTATION);
    if (release == null) {
      return;
    }
    ObjectNode current = current(ocid);
    release.buyer(buyer(execution));
    ObjectNode contract = contract(release, current, (String) execution.getVariable(TrancheVariables.CONTRACT_NUMBER));
    String rating = (String) execution.getVariable(TrancheVariables.MONITORING_RATING);
    boolean confirmed = Boolean.TRUE.equals(execution.getVariable(TrancheVariables.EXPENSES_CONFIRMED));
    List<?> present = (List<?>) JsonVariables.plain(execution.getVariable(TrancheVariables.MEMBERS_PRESENT));
    ObjectNode milestone = contract.putObject("implementation").putArray("milestones").addObject();
    milestone.put("id", series + visit);
    Text.of(tranche + "-транш: биргелешкен мониторинг жана баалоо тобунун корутундусу",
        "Транш " + tranche + ": заключение группы совместного мониторинга и оценки").put(milestone, "title");
    milestone.put("type", "assessment");
    Text.join(
        Text.labelled("Баа", "Оценка", Text.entered(RATINGS.getOrDefault(rating, rating))),
        Text.labelled("Чыгашалар документтер менен тастыкталды", "Расходы подтверждены документами",
            confirmed ? Text.of("ооба", "да") : Text.of("жок", "нет")),
        Text.entered(execution.getVariable(TrancheVariables.FINDINGS)),
        present == null || present.isEmpty() ? null : Text.labelled("Катышкандар", "Присутствовали",
            Text.same(present.stream().map(String::valueOf).collect(Collectors.joining(", ")))))
        .put(milestone, "description");
    milestone.put("status", "met");
    milestone.put("dateMet", OcdsJson.startOf(day(execution.getVariable(TrancheVariables.VISIT_DATE)), zone));
    milestone.put("dateModified", release.date);
    publish(release);
  }

  /**
   * The contract has come to its end: all tranches accepted, or terminated by the head. Either way its
   * status is terminated (the OCDS word for a contract that has closed); an early termination carries
   * the head's reason, and its tranches never paid are milestones not met.
   */
  public void contractEnded(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    ReleaseDraft release = draft(ocid, "contract-end", TAG_CONTRACT_TERMINATION);
    if (release == null) {
      return;
    }
    ObjectNode current = current(ocid);
    release.buyer(buyer(execution));
    String number = (String) execution.getVariable(ContractVariables.CONTRACT_NUMBER);
    ObjectNode contract = contract(release, current, number);
    contract.put("status", "terminated");
    if (ContractVariables.OUTCOME_TERMINATED.equals(execution.getVariable(ContractVariables.CONTRACT_OUTCOME))) {
      ObjectNode reason = contract.putArray("documents").addObject();
      reason.put("id", "termination");
      reason.put("documentType", "cancellationDetails");
      Text.of("Келишим мөөнөтүнөн мурда токтотулду", "Договор расторгнут досрочно").put(reason, "title");
      put(reason, "description", Text.entered(execution.getVariable(ContractVariables.TERMINATION_REASON)));
      reason.put("datePublished", release.date);
      reason.put("language", ocds.language());
      JsonNode published = byId(current.path("contracts"), number);
      ArrayNode notMet = OcdsJson.MAPPER.createArrayNode();
      if (published != null) {
        for (JsonNode milestone : published.path("milestones")) {
          if ("scheduled".equals(milestone.path("status").asText())) {
            // the tranche keeps what the contract said of it: its due date passes unmet
            notMet.add(((ObjectNode) milestone.deepCopy()).put("status", "notMet").put("dateModified", release.date));
          }
        }
      }
      if (!notMet.isEmpty()) {
        contract.set("milestones", notMet);
      }
    }
    publish(release);
  }

  /**
   * Implementation: the public report is published. The public hearing (or people's assembly, round
   * table) is an engagement milestone, the report a reporting milestone and a document, and money
   * refunded a transaction back to the municipality.
   */
  public void finalReport(DelegateExecution execution) {
    String ocid = ocds.ocid(execution.getProcessBusinessKey());
    ReleaseDraft release = draft(ocid, "final-report", TAG_IMPLEMENTATION);
    if (release == null) {
      return;
    }
    ObjectNode current = current(ocid);
    String number = (String) execution.getVariable(FinalReportVariables.CONTRACT_NUMBER);
    ObjectNode buyer = buyer(execution);
    ObjectNode supplier = supplierOf(current, number,
        (String) execution.getVariable(FinalReportVariables.ORGANISATION_NAME));
    release.buyer(buyer).party(supplier);
    ObjectNode implementation = contract(release, current, number).putObject("implementation");

    BigDecimal refund = money(execution.getVariable(FinalReportVariables.REFUND_AMOUNT));
    if (refund.signum() > 0) {
      ObjectNode transaction = implementation.putArray("transactions").addObject();
      transaction.put("id", "refund");
      LocalDate refunded = day(execution.getVariable(FinalReportVariables.REFUND_DATE));
      if (refunded != null) {
        transaction.put("date", OcdsJson.startOf(refunded, zone));
      }
      transaction.set("value", OcdsJson.value(refund, ocds.currency()));
      transaction.set("payer", ReleaseDraft.reference(supplier));
      transaction.set("payee", ReleaseDraft.reference(buyer));
    }

    ArrayNode milestones = implementation.putArray("milestones");
    String format = (String) execution.getVariable(FinalReportVariables.HEARING_FORMAT);
    ObjectNode hearing = milestones.addObject();
    hearing.put("id", "public-hearing");
    put(hearing, "title", Text.entered(HEARING_FORMATS.getOrDefault(format, format)));
    hearing.put("type", "engagement");
    Text.join(
        Text.labelled("Орду", "Место", Text.entered(execution.getVariable(FinalReportVariables.HEARING_PLACE))),
        Text.labelled("Катышуучулар", "Участники",
            Text.same(String.valueOf(execution.getVariable(FinalReportVariables.HEARING_ATTENDANCE)))),
        Text.entered(execution.getVariable(FinalReportVariables.HEARING_MINUTES))).put(hearing, "description");
    hearing.put("status", "met");
    LocalDate held = day(execution.getVariable(FinalReportVariables.HEARING_DATE));
    if (held != null) {
      hearing.put("dateMet", OcdsJson.startOf(held, zone));
    }
    String rating = (String) execution.getVariable(FinalReportVariables.FINAL_RATING);
    ObjectNode report = milestones.addObject();
    report.put("id", "final-report");
    REPORT_TITLE.put(report, "title");
    report.put("type", "reporting");
    String paid = plain(money(execution.getVariable(FinalReportVariables.TOTAL_PAID)));
    String spent = plain(money(execution.getVariable(FinalReportVariables.TOTAL_SPENT))) + " " + ocds.currency();
    Text.join(
        Text.entered(execution.getVariable(FinalReportVariables.RESULTS)),
        rating == null ? null : Text.labelled("Жыйынтык баа", "Итоговая оценка",
            Text.entered(RATINGS.getOrDefault(rating, rating))),
        Text.of("Төлөндү: " + paid + ", сарпталды: " + spent, "Выплачено: " + paid + ", израсходовано: " + spent))
        .put(report, "description");
    report.put("status", "met");
    report.put("dateMet", release.date);

    String page = ocds.link("/portal/reports/" + segment(execution.getProcessBusinessKey()));
    ArrayNode documents = implementation.putArray("documents");
    document(documents, "public-report", page, "text/html", release.date);
    document(documents, "public-report-pdf", page + "/pdf", "application/pdf", release.date);
    publish(release);
  }

  /** The current state of a process: its releases compiled. */
  ObjectNode current(String ocid) {
    return RecordCompiler.compile(ocid, releases.ofProcess(ocid).stream()
        .map(stored -> OcdsJson.read(stored.json())).toList());
  }

  /** A release to write, or null when the stage was published for this subject before. */
  private ReleaseDraft draft(String ocid, String stage, String tag) {
    String id = ocid + "-" + stage;
    if (releases.exists(id)) {
      return null;
    }
    return new ReleaseDraft(ocid, id, OcdsJson.dateTime(now(), zone), List.of(tag), ocds.language());
  }

  private void publish(ReleaseDraft release) {
    releases.publishOnce(release.id, release.ocid, now(), release.tags, OcdsJson.write(release.json));
  }

  private Instant now() {
    return clock.instant();
  }

  private ObjectNode buyer(DelegateExecution execution) {
    Object variable = execution.getVariable(ProblemSelectionVariables.MUNICIPALITY);
    String municipality = variable == null ? execution.getTenantId() : variable.toString();
    ObjectNode party = OcdsJson.object();
    party.put("id", municipality);
    Municipality known = municipalities.get(municipality);
    (known == null ? Text.same(municipality) : Text.of(known.nameKy(), known.nameRu())).put(party, "name");
    OcdsProperties.Buyer details = ocds.buyers().get(municipality);
    if (details != null) {
      details.describe(party, ocds.taxIdentifierScheme());
    }
    party.putArray("roles").add("buyer").add("procuringEntity").add("payer");
    return party;
  }

  private ObjectNode supplier(String taxNumber, String name, boolean payee) {
    ObjectNode party = OcdsJson.object();
    Text names = name == null || name.isBlank() ? Text.same(String.valueOf(taxNumber)) : Text.entered(name);
    party.put("id", taxNumber == null ? "contractor-" + names.ky() : ocds.taxIdentifierScheme() + "-" + taxNumber);
    names.put(party, "name");
    if (taxNumber != null) {
      ObjectNode identifier = party.putObject("identifier");
      identifier.put("scheme", ocds.taxIdentifierScheme());
      identifier.put("id", taxNumber);
      names.put(identifier, "legalName");
    }
    ArrayNode roles = party.putArray("roles").add("supplier");
    if (payee) {
      roles.add("payee");
    }
    return party;
  }

  /** The contractor as the contract release named it, paid from now on. */
  private ObjectNode supplierOf(ObjectNode current, String contractNumber, String fallbackName) {
    JsonNode award = byId(current.path("awards"), awardIdOf(current, contractNumber));
    String supplierId = award == null ? null : award.path("suppliers").path(0).path("id").asText(null);
    JsonNode known = supplierId == null ? null : byId(current.path("parties"), supplierId);
    ObjectNode party;
    if (known != null) {
      party = (ObjectNode) known.deepCopy();
    } else {
      party = OcdsJson.object();
      party.put("id", "contractor-" + contractNumber);
      put(party, "name", Text.entered(fallbackName));
    }
    party.putArray("roles").add("supplier").add("payee");
    return party;
  }

  /** The contract's entry in a release: its id and the award it carries out (both required). */
  private static ObjectNode contract(ReleaseDraft release, ObjectNode current, String contractNumber) {
    ObjectNode contract = release.list("contracts").addObject();
    contract.put("id", contractNumber);
    contract.put("awardID", awardIdOf(current, contractNumber));
    return contract;
  }

  private static String awardIdOf(ObjectNode current, String contractNumber) {
    JsonNode contract = byId(current.path("contracts"), contractNumber);
    return contract == null ? "award-" + contractNumber : contract.path("awardID").asText();
  }

  /** Adds to {@code awards} every award of the process still open but for {@code keep}: cancelled. */
  private static boolean cancelOpenAwards(ObjectNode current, ArrayNode awards, String keep) {
    boolean cancelled = false;
    for (JsonNode award : current.path("awards")) {
      String id = award.path("id").asText();
      String status = award.path("status").asText();
      if (!id.equals(keep) && ("pending".equals(status) || "active".equals(status))) {
        awards.addObject().put("id", id).put("status", "cancelled");
        cancelled = true;
      }
    }
    return cancelled;
  }

  private void document(ArrayNode documents, String id, String url, String format, String date) {
    ObjectNode document = documents.addObject();
    document.put("id", id);
    document.put("documentType", "physicalProgressReport");
    REPORT_TITLE.put(document, "title");
    document.put("url", url);
    document.put("format", format);
    document.put("datePublished", date);
    document.put("language", ocds.language());
  }

  private static String trancheMilestone(int number) {
    return "tranche-" + number;
  }

  /** An award is named by the winning application; without one, by the subject it is known by. */
  private static String awardId(Object applicationId, String fallback) {
    return "award-" + (applicationId == null ? fallback : applicationId);
  }

  private static Text criterion(ScoringCriterion criterion) {
    return Text.entered(criterion.name()).plus(criterion.weight() == null ? "" : " (" + criterion.weight() + " %)");
  }

  /** A milestone as the contract published it (title, type, due date), to record what became of it. */
  private static ObjectNode planned(ObjectNode current, String contractNumber, String milestoneId) {
    JsonNode contract = byId(current.path("contracts"), contractNumber);
    JsonNode published = contract == null ? null : byId(contract.path("milestones"), milestoneId);
    return published == null ? OcdsJson.object().put("id", milestoneId) : (ObjectNode) published.deepCopy();
  }

  private static void put(ObjectNode node, String field, Text text) {
    if (text != null) {
      text.put(node, field);
    }
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode item : array) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object variable) {
    Object plain = JsonVariables.plain(variable);
    return plain instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static BigDecimal money(Object value) {
    return value instanceof Number number ? new BigDecimal(number.toString()) : BigDecimal.ZERO;
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private LocalDate day(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.util.Date date) {
      return LocalDate.ofInstant(date.toInstant(), zone);
    }
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().substring(0, 10));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String segment(String value) {
    return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
  }
}
