package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.competition.CallPublished;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.CompetitionCancelled;
import kg.socialorder.competition.ResultsPublished;
import kg.socialorder.competition.ScoringCriterion;
import kg.socialorder.contract.ContractEnded;
import kg.socialorder.contract.ContractRegistered;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.finalreport.PublicReportPublished;
import kg.socialorder.order.ThemeEnteredCompetition;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.tranche.MonitoringConcluded;
import kg.socialorder.tranche.MonitoringVisit;
import kg.socialorder.tranche.TranchePaid;
import org.springframework.web.util.UriUtils;

/**
 * Writes the OCDS release of each stage of a theme's contracting process from the event the stage
 * raised: plain values in, JSON out, no database and no engine. What a stage says of what was
 * published before (the award it puts in force, the milestone a payment meets) it reads from
 * {@code current}, the process's releases compiled.
 */
final class ReleaseBuilder {

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

  private final OcdsProperties ocds;
  private final Function<String, Optional<Municipality>> municipalities;
  private final ZoneId zone;

  ReleaseBuilder(OcdsProperties ocds, List<Municipality> municipalities, ZoneId zone) {
    this(ocds, id -> municipalities.stream().filter(m -> m.id().equals(id)).findFirst(), zone);
  }

  /** With the municipalities' names as they are when a release is built (kg.socialorder.MunicipalityNames). */
  ReleaseBuilder(OcdsProperties ocds, Function<String, Optional<Municipality>> municipalities, ZoneId zone) {
    this.ocds = ocds;
    this.municipalities = municipalities;
    this.zone = zone;
  }

  /** The release id's stage and subject of the monitoring group's conclusion on a tranche, one per visit. */
  static String monitoringStage(MonitoringVisit visit) {
    return "monitoring-" + visit.trancheNumber() + "-" + visit.visitNumber();
  }

  /** The stage of a scoring round's award: the call's round and the scoring round. */
  static String awardStage(CompetitionCall call) {
    return "award-" + call.round() + "-" + call.scoringRound();
  }

  /** Planning: the council approved the theme (the priority problem and its budget); it enters competition. */
  void planning(ReleaseDraft release, ThemeEnteredCompetition event) {
    ApprovedTheme theme = event.theme();
    release.buyer(buyer(event.municipality()));
    ObjectNode planning = release.section("planning");
    Text.join(Text.entered(theme.problem()), Text.entered(theme.description()),
        Text.labelled("Тургундардын добуштары", "Голоса жителей", Text.same(String.valueOf(theme.votes()))))
        .put(planning, "rationale");
    ObjectNode budget = planning.putObject("budget");
    budget.put("id", event.themeKey());
    Text.join(Text.entered(event.programme()), Text.of(theme.themeNumber() + "-тема", "Тема " + theme.themeNumber()))
        .put(budget, "description");
    if (theme.budget() != null) {
      budget.set("amount", OcdsJson.value(theme.budget(), ocds.currency()));
    }
    if (event.programme() != null) {
      Text.entered(event.programme()).put(budget, "project");
    }
    budget.put("projectID", event.orderKey());
    ObjectNode needs = planning.putArray("documents").addObject();
    needs.put("id", "social-order");
    needs.put("documentType", "needsAssessment");
    Text.of("Артыкчылыктуу көйгөйлөр жана темалар", "Приоритетные проблемы и темы").put(needs, "title");
    needs.put("url", ocds.link("/portal/orders/" + segment(event.orderKey())));
    needs.put("format", "text/html");
    needs.put("language", ocds.language());
    ObjectNode tender = release.section("tender");
    tender.put("id", event.themeKey());
    put(tender, "title", Text.entered(theme.problem()));
    put(tender, "description", Text.entered(theme.targetGroup()));
    tender.put("status", "planning");
  }

  /** Tender: the call is published; a re-announced competition publishes its new call as the next tender. */
  void tender(ReleaseDraft release, CallPublished event) {
    CompetitionCall call = event.call();
    ObjectNode buyer = buyer(call.municipality());
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
    List<Text> criteria = call.scoringCriteria().stream().map(ReleaseBuilder::criterion).toList();
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
  }

  /**
   * Award: the results are published and the appeal window opens, so the award is pending. An award
   * published before in this process for another winner (an upheld appeal changed the ranking) is
   * cancelled by this release.
   */
  void award(ReleaseDraft release, ObjectNode current, ResultsPublished event) {
    CompetitionCall call = event.call();
    var winner = event.winner();
    String callNumber = call.callNumber();
    String awardId = awardId(String.valueOf(winner.applicationId()), callNumber);
    ObjectNode supplier = supplier(winner.taxNumber(), winner.organisationName(), false);
    release.buyer(buyer(call.municipality())).party(supplier);
    ObjectNode tender = release.section("tender");
    tender.put("id", callNumber);
    if (event.applicationsReceived() != null) {
      tender.put("numberOfTenderers", event.applicationsReceived().intValue());
    }
    ArrayNode awards = release.list("awards");
    ObjectNode award = awards.addObject();
    award.put("id", awardId);
    put(award, "title", Text.entered(winner.projectTitle()));
    String protocol = " № " + call.protocolNumber() + ", " + call.protocolDate();
    String score = winner.score() == null ? null : score(winner.score());
    Text.of("Комиссиянын протоколу" + protocol + (score == null ? "" : "; упай: " + score),
        "Протокол комиссии" + protocol + (score == null ? "" : "; балл: " + score)).put(award, "description");
    award.put("status", "pending");
    award.put("date", release.date);
    if (winner.requestedAmount() != null) {
      award.set("value", OcdsJson.value(winner.requestedAmount(), ocds.currency()));
    }
    award.putArray("suppliers").add(ReleaseDraft.reference(supplier));
    ObjectNode notice = award.putArray("documents").addObject();
    notice.put("id", "results-" + callNumber + "-" + call.scoringRound());
    notice.put("documentType", "awardNotice");
    Text.of("Сынактын жыйынтыктары " + callNumber, "Итоги конкурса " + callNumber).put(notice, "title");
    notice.put("url", ocds.link("/portal/calls/" + segment(callNumber) + "/results"));
    notice.put("format", "text/html");
    notice.put("datePublished", release.date);
    notice.put("language", ocds.language());
    if (cancelOpenAwards(current, awards, awardId)) {
      release.json.withArray("tag").add(TAG_AWARD_CANCELLATION);
    }
  }

  /** The competition is cancelled without a winner: the tender, and any award still open, are cancelled. */
  void tenderCancelled(ReleaseDraft release, ObjectNode current, CompetitionCancelled event) {
    release.buyer(buyer(event.municipality()));
    ObjectNode tender = release.section("tender");
    tender.put("id", event.callNumber());
    tender.put("status", "cancelled");
    cancellation(tender, "cancellation", Text.of("Сынак жокко чыгарылды", "Конкурс отменён"), event.reason(),
        release.date);
    ArrayNode awards = OcdsJson.MAPPER.createArrayNode();
    if (cancelOpenAwards(current, awards, null)) {
      release.json.set("awards", awards);
      release.json.withArray("tag").add(TAG_AWARD_CANCELLATION);
    }
  }

  /** Contract: signed by both and registered; its tranches are its milestones. The award is now in force. */
  void contract(ReleaseDraft release, ObjectNode current, ContractRegistered event) {
    String number = event.contractNumber();
    var winner = event.winner();
    String awardId = awardId(winner == null ? null : winner.applicationId(), number);
    ObjectNode supplier = supplier(winner == null ? null : winner.taxNumber(), event.contractorName(), true);
    release.buyer(buyer(event.municipality())).party(supplier);
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
      put(award, "title", Text.entered(winner == null ? null : winner.projectTitle()));
      award.put("date", release.date);
      award.putArray("suppliers").add(ReleaseDraft.reference(supplier));
    }
    cancelOpenAwards(current, release.list("awards"), awardId);

    ObjectNode contract = release.list("contracts").addObject();
    contract.put("id", number);
    contract.put("awardID", awardId);
    put(contract, "title", Text.entered(event.projectTitle()));
    if (!event.indicators().isEmpty()) {
      List<Text> lines = event.indicators().stream().map(i -> Text.entered(i.name()).plus(" — " + i.target() + " ")
          .plus(Text.entered(i.unit()))).toList();
      Text.labelled("Максаттуу көрсөткүчтөр", "Целевые показатели", Text.of(
          lines.stream().map(Text::ky).collect(Collectors.joining("; ")),
          lines.stream().map(Text::ru).collect(Collectors.joining("; ")))).put(contract, "description");
    }
    contract.put("status", "active");
    ObjectNode period = contract.putObject("period");
    period.put("startDate", OcdsJson.startOf(event.start(), zone));
    period.put("endDate", OcdsJson.endOf(event.end(), zone));
    contract.set("value", OcdsJson.value(event.amount(), ocds.currency()));
    if (event.signedOn() != null) {
      contract.put("dateSigned", OcdsJson.startOf(event.signedOn(), zone));
    }
    ArrayNode milestones = contract.putArray("milestones");
    for (PlannedTranche tranche : event.tranchePlan()) {
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
  }

  /** Implementation: a tranche is paid, a transaction from the municipality to the contractor. */
  void payment(ReleaseDraft release, ObjectNode current, TranchePaid event) {
    String contractNumber = event.contractNumber();
    int number = event.trancheNumber();
    ObjectNode buyer = buyer(event.municipality());
    ObjectNode supplier = supplierOf(current, contractNumber, event.contractorName());
    release.buyer(buyer).party(supplier);
    ObjectNode contract = contract(release, current, contractNumber);
    ObjectNode milestone = planned(current, contractNumber, trancheMilestone(number));
    contract.putArray("milestones").add(milestone);
    milestone.put("status", "met");
    milestone.put("dateMet", OcdsJson.startOf(event.paidOn(), zone));
    milestone.put("dateModified", release.date);
    ObjectNode transaction = contract.putObject("implementation").putArray("transactions").addObject();
    transaction.put("id", "tranche-" + number);
    transaction.put("date", OcdsJson.startOf(event.paidOn(), zone));
    transaction.set("value", OcdsJson.value(event.amount(), ocds.currency()));
    transaction.set("payer", ReleaseDraft.reference(buyer));
    transaction.set("payee", ReleaseDraft.reference(supplier));
  }

  /** Implementation: the monitoring group's conclusion on a tranche, an assessment milestone. */
  void monitoringConclusion(ReleaseDraft release, ObjectNode current, MonitoringConcluded event) {
    MonitoringVisit visit = event.visit();
    int tranche = visit.trancheNumber();
    release.buyer(buyer(visit.municipality()));
    ObjectNode contract = contract(release, current, visit.contractNumber());
    String rating = visit.rating();
    List<String> present = visit.membersPresent();
    ObjectNode milestone = contract.putObject("implementation").putArray("milestones").addObject();
    milestone.put("id", monitoringStage(visit));
    Text.of(tranche + "-транш: биргелешкен мониторинг жана баалоо тобунун корутундусу",
        "Транш " + tranche + ": заключение группы совместного мониторинга и оценки").put(milestone, "title");
    milestone.put("type", "assessment");
    Text.join(
        Text.labelled("Баа", "Оценка", Text.entered(RATINGS.getOrDefault(rating, rating))),
        Text.labelled("Чыгашалар документтер менен тастыкталды", "Расходы подтверждены документами",
            visit.expensesConfirmed() ? Text.of("ооба", "да") : Text.of("жок", "нет")),
        Text.entered(visit.findings()),
        present.isEmpty() ? null : Text.labelled("Катышкандар", "Присутствовали",
            Text.same(String.join(", ", present))))
        .put(milestone, "description");
    milestone.put("status", "met");
    milestone.put("dateMet", OcdsJson.startOf(visit.visitDate(), zone));
    milestone.put("dateModified", release.date);
  }

  /**
   * The contract has come to its end: all tranches accepted, or terminated by the head. Either way its
   * status is terminated (the OCDS word for a contract that has closed); an early termination carries
   * the head's reason, and its tranches never paid are milestones not met.
   */
  void contractEnded(ReleaseDraft release, ObjectNode current, ContractEnded event) {
    release.buyer(buyer(event.municipality()));
    String number = event.contractNumber();
    ObjectNode contract = contract(release, current, number);
    contract.put("status", "terminated");
    if (event.terminated()) {
      cancellation(contract, "termination",
          Text.of("Келишим мөөнөтүнөн мурда токтотулду", "Договор расторгнут досрочно"), event.terminationReason(),
          release.date);
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
  }

  /**
   * Implementation: the public report is published. The public hearing (or people's assembly, round
   * table) is an engagement milestone, the report a reporting milestone and a document, and money
   * refunded a transaction back to the municipality.
   */
  void finalReport(ReleaseDraft release, ObjectNode current, PublicReportPublished event) {
    String number = event.contractNumber();
    ObjectNode buyer = buyer(event.municipality());
    ObjectNode supplier = supplierOf(current, number, event.contractorName());
    release.buyer(buyer).party(supplier);
    ObjectNode implementation = contract(release, current, number).putObject("implementation");

    BigDecimal refund = event.refundAmount() == null ? BigDecimal.ZERO : event.refundAmount();
    if (refund.signum() > 0) {
      ObjectNode transaction = implementation.putArray("transactions").addObject();
      transaction.put("id", "refund");
      if (event.refundedOn() != null) {
        transaction.put("date", OcdsJson.startOf(event.refundedOn(), zone));
      }
      transaction.set("value", OcdsJson.value(refund, ocds.currency()));
      transaction.set("payer", ReleaseDraft.reference(supplier));
      transaction.set("payee", ReleaseDraft.reference(buyer));
    }

    ArrayNode milestones = implementation.putArray("milestones");
    PublicReportPublished.Hearing held = event.hearing();
    String format = held.format();
    ObjectNode hearing = milestones.addObject();
    hearing.put("id", "public-hearing");
    put(hearing, "title", Text.entered(HEARING_FORMATS.getOrDefault(format, format)));
    hearing.put("type", "engagement");
    Text.join(
        Text.labelled("Орду", "Место", Text.entered(held.place())),
        Text.labelled("Катышуучулар", "Участники", Text.same(String.valueOf(held.attendance()))),
        Text.entered(held.minutes())).put(hearing, "description");
    hearing.put("status", "met");
    if (held.heldOn() != null) {
      hearing.put("dateMet", OcdsJson.startOf(held.heldOn(), zone));
    }
    String rating = event.finalRating();
    ObjectNode report = milestones.addObject();
    report.put("id", "final-report");
    REPORT_TITLE.put(report, "title");
    report.put("type", "reporting");
    String paid = plain(orZero(event.totalPaid()));
    String spent = plain(orZero(event.totalSpent())) + " " + ocds.currency();
    Text.join(
        Text.entered(event.results()),
        rating == null ? null : Text.labelled("Жыйынтык баа", "Итоговая оценка",
            Text.entered(RATINGS.getOrDefault(rating, rating))),
        Text.of("Төлөндү: " + paid + ", сарпталды: " + spent, "Выплачено: " + paid + ", израсходовано: " + spent))
        .put(report, "description");
    report.put("status", "met");
    report.put("dateMet", release.date);

    String page = ocds.link("/portal/reports/" + segment(event.themeKey()));
    ArrayNode documents = implementation.putArray("documents");
    document(documents, "public-report", page, "text/html", release.date);
    document(documents, "public-report-pdf", page + "/pdf", "application/pdf", release.date);
  }

  private ObjectNode buyer(String municipality) {
    ObjectNode party = OcdsJson.object();
    party.put("id", municipality);
    Municipality known = municipalities.apply(municipality).orElse(null);
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
  private static ObjectNode supplierOf(ObjectNode current, String contractNumber, String fallbackName) {
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

  /** Why a tender or a contract ended early: its only document, with the reason as entered. */
  private void cancellation(ObjectNode subject, String id, Text title, String reason, String date) {
    ObjectNode document = subject.putArray("documents").addObject();
    document.put("id", id);
    document.put("documentType", "cancellationDetails");
    title.put(document, "title");
    put(document, "description", Text.entered(reason));
    document.put("datePublished", date);
    document.put("language", ocds.language());
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
  private static String awardId(String applicationId, String fallback) {
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

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /** A commission's score as the releases have always written it: its decimals, at least one (87.5, 80.0). */
  private static String score(BigDecimal score) {
    BigDecimal stripped = score.stripTrailingZeros();
    return (stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString();
  }

  private static String segment(String value) {
    return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
  }
}
