package kg.socialorder.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.procedure.CompetitionForms.Applicant;
import kg.socialorder.procedure.CompetitionForms.BudgetLine;
import kg.socialorder.procedure.CompetitionForms.Call;
import kg.socialorder.procedure.ContractForms.Indicator;
import kg.socialorder.procedure.ContractForms.Member;
import kg.socialorder.procedure.ContractForms.PlannedTranche;
import kg.socialorder.procedure.FinalReportForms.Question;
import kg.socialorder.procedure.SelectionForms.Meeting;
import kg.socialorder.procedure.SelectionForms.Problem;
import kg.socialorder.procedure.SelectionForms.ThemeApproval;
import kg.socialorder.procedure.TrancheForms.Expense;
import org.junit.jupiter.api.Test;

/**
 * What the shared builders submit is what the forms (forms/*.form) define: no field a form does not
 * have (the webapps refuse those), rows with the fields of the form's list, days as ISO dates and
 * money as the numbers the forms send. Without Spring and without the engine.
 */
class ProcedureFormsTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void everySubmissionSetsOnlyFieldsOfItsForm() throws IOException {
    assertOnlyFieldsOf("social-order-start", OrderForms.start("Программа", 2026, new BigDecimal("500000"), 2));
    assertOnlyFieldsOf("announce-selection", SelectionForms.announcement(DAY, List.of(new Meeting(DAY, "Клуб")),
        List.of("noticeBoard"), "Чакырабыз"));
    assertOnlyFieldsOf("register-problems", SelectionForms.problems(
        List.of(new Problem("Суу жок", "", "Тургундар", "residentMeeting"))));
    assertOnlyFieldsOf("record-community-choice", SelectionForms.choice(300, 150L, List.of(200L, 100L)));
    assertOnlyFieldsOf("approve-themes", SelectionForms.approval(List.of(candidate("1", "Суу жок")),
        candidate -> new ThemeApproval(new BigDecimal("200000"), "Балдар"), "12/3", DAY));
    assertOnlyFieldsOf("approve-themes", SelectionForms.recount("Эсеп туура эмес"));
    assertOnlyFieldsOf("prepare-call", CompetitionForms.call(call(), List.of(Map.of("name", "Максат", "weight", 1)),
        DAY.plusDays(30), List.of("m.commission1", "m.commission2")));
    assertOnlyFieldsOf("approve-call", CompetitionForms.callApproved());
    assertOnlyFieldsOf("register-paper-application", CompetitionForms.application(applicant()));
    assertOnlyFieldsOf("score-applications", CompetitionForms.sheet(List.of(conflictLine("A-1")),
        List.of(scoreLine("A-1")), Set.of(), registration -> 9));
    assertOnlyFieldsOf("record-protocol", CompetitionForms.protocol("1", DAY, "7", "Себеби"));
    assertOnlyFieldsOf("draft-contract", ContractForms.draft("МСЗ-1", new BigDecimal("600000"), DAY, DAY.plusDays(300),
        "toskurulush", List.of(new PlannedTranche(new BigDecimal("600000"), DAY, DAY.plusDays(60), "Эмерек")),
        List.of(new Indicator("Балдар", "бала", 75))));
    assertOnlyFieldsOf("review-contract", ContractForms.contractorSigns());
    assertOnlyFieldsOf("review-contract", ContractForms.changesRequested("Мөөнөт"));
    assertOnlyFieldsOf("sign-contract", ContractForms.headSigns());
    assertOnlyFieldsOf("form-monitoring-group", ContractForms.monitoringGroup(
        List.of(new Member(null, "m.monitor1", "municipalitySpecialist", true))));
    assertOnlyFieldsOf("approve-payment-order", TrancheForms.paymentOrder("ПП-1", DAY));
    assertOnlyFieldsOf("submit-tranche-report", TrancheForms.report("Иштер", List.of(indicator()), List.of(75L),
        List.of(new Expense("Эмерек", new BigDecimal("1000"), "2 бөлмө"))));
    assertOnlyFieldsOf("record-monitoring-visit", TrancheForms.visit(DAY, List.of("Асан"), "Иштейт", "good", true));
    assertOnlyFieldsOf("decide-overdue-report", TrancheForms.overdueDecision("extend", DAY, null));
    assertOnlyFieldsOf("decide-on-suspension", TrancheForms.headDecision("terminate", null, "Себеби"));
    assertOnlyFieldsOf("final-report", FinalReportForms.finalReport("Жыйынтык",
        List.of(Map.of("name", "Балдар", "unit", "бала", "target", 75)), List.of(75L),
        new BigDecimal("590000")));
    assertOnlyFieldsOf("final-evaluation", FinalReportForms.evaluation("good", "Аткарылды", "Улантуу"));
    assertOnlyFieldsOf("record-refund", FinalReportForms.refund(new BigDecimal("10000"), DAY, "ПП-114"));
    assertOnlyFieldsOf("record-public-hearing", FinalReportForms.hearing("peoplesAssembly", DAY, "Клуб", 120,
        "Угушту", List.of(new Question("Улантылабы?", "Ооба"))));
    assertOnlyFieldsOf("close-social-order", FinalReportForms.closing("Жабылды"));
  }

  @Test
  void daysAreIsoDatesAndMoneyTheNumbersTheFormsSend() {
    Map<String, Object> draft = ContractForms.draft("МСЗ-1", new BigDecimal("600000.50"), DAY, DAY.plusDays(300),
        "toskurulush", List.of(new PlannedTranche(new BigDecimal("600000.50"), DAY, DAY.plusDays(60), "Эмерек")),
        List.of());
    assertThat(draft).containsEntry("contractAmount", 600_000.5).containsEntry("contractStart", "2026-03-02")
        .containsEntry("contractEnd", "2026-12-27");
    assertThat(rows(draft, "tranchePlan")).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("amount", 600_000.5).containsEntry("paymentDate", "2026-03-02")
        .containsEntry("reportDueDate", "2026-05-01"));
    assertThat(rows(SelectionForms.announcement(DAY, List.of(new Meeting(DAY.plusDays(14), "Клуб")), List.of(), ""),
        "meetings")).singleElement().isEqualTo(Map.of("date", "2026-03-16", "place", "Клуб"));
    // the portal's form sends amounts as typed: the sum of the budget lines
    assertThat(CompetitionForms.application(applicant())).containsEntry("requestedAmount", "150000.50")
        .containsEntry("registrationDate", "2015-06-10");
  }

  @Test
  void laidOutLinesKeepWhatTheFormShowsAndGetTheUsersValue() {
    Map<String, Object> report = TrancheForms.report("Иштер", List.of(indicator(), indicator()), List.of(70L, 3L),
        List.of(new Expense("Айлык", new BigDecimal("500"), null)));
    assertThat(rows(report, "indicatorProgress")).extracting(row -> row.get("name"), row -> row.get("reached"))
        .containsExactly(tuple("Балдар", 70), tuple("Балдар", 3));
    assertThat(rows(report, "expenses")).singleElement().isEqualTo(Map.of("budgetLine", "Айлык", "amount", 500.0));

    Map<String, Object> sheet = CompetitionForms.sheet(List.of(conflictLine("A-1"), conflictLine("A-2")),
        List.of(scoreLine("A-1"), scoreLine("A-2")), Set.of("A-2"), registration -> 9);
    assertThat(rows(sheet, "conflicts")).extracting(row -> row.get("conflictOfInterest")).containsExactly(false, true);
    assertThat(rows(sheet, "scoresheet")).extracting(row -> row.get("score")).containsExactly(9, null);
  }

  @Test
  void theCouncilApprovesOnlyTheThemesItGivesABudgetAndKeepsTheCandidatesTargetGroupUnlessItRewordsIt() {
    Map<String, Object> approval = SelectionForms.approval(
        List.of(candidate("1", "Суу жок"), candidate("2", "Жол жок"), candidate("3", "Парк жок")),
        candidate -> switch ((String) candidate.get("problemId")) {
          case "1" -> new ThemeApproval(new BigDecimal("200000"), null);
          case "2" -> new ThemeApproval(new BigDecimal("100000"), "Айдоочулар");
          default -> null;
        }, "12/3", DAY);
    assertThat(rows(approval, "candidateThemes"))
        .extracting(row -> row.get("approved"), row -> row.get("budget"), row -> row.get("targetGroup"))
        .containsExactly(tuple(true, 200_000.0, "Тургундар"),
            tuple(true, 100_000.0, "Айдоочулар"),
            tuple(false, null, "Тургундар"));
  }

  /** Asserts that the submission sets only fields of the form, and its rows only fields of the form's lists. */
  static void assertOnlyFieldsOf(String form, Map<String, Object> submission) throws IOException {
    JsonNode definition = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
    Map<String, Set<String>> lists = new HashMap<>();
    Set<String> fields = new HashSet<>();
    collect(definition, fields, lists);
    assertThat(fields).as(form).containsAll(submission.keySet());
    for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
      if (submission.containsKey(list.getKey())) {
        for (Map<String, Object> row : rows(submission, list.getKey())) {
          assertThat(list.getValue()).as(form + " " + list.getKey()).containsAll(row.keySet());
        }
      }
    }
  }

  private static void collect(JsonNode node, Set<String> fields, Map<String, Set<String>> lists) {
    for (JsonNode component : node.path("components")) {
      if (component.has("key")) {
        fields.add(component.get("key").asText());
      }
      if (component.has("path")) {
        String path = component.get("path").asText();
        fields.add(path);
        Set<String> columns = new HashSet<>();
        collect(component, columns, lists);
        lists.put(path, columns);
      } else {
        collect(component, fields, lists);
      }
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Map<String, Object> submission, String name) {
    return (List<Map<String, Object>>) JsonVariables.plain(submission.get(name));
  }

  private static Map<String, Object> candidate(String problemId, String title) {
    Map<String, Object> candidate = new LinkedHashMap<>();
    candidate.put("problemId", problemId);
    candidate.put("title", title);
    candidate.put("votes", 10);
    candidate.put("targetGroup", "Тургундар");
    return candidate;
  }

  private static Map<String, Object> conflictLine(String registration) {
    return Map.of("registrationNumber", registration, "organisationName", "КБ", "projectTitle", "Долбоор");
  }

  private static Map<String, Object> scoreLine(String registration) {
    return Map.of("registrationNumber", registration, "criterionName", "Максат", "weight", 1);
  }

  private static Map<String, Object> indicator() {
    return Map.of("name", "Балдар", "unit", "бала", "target", 75, "expected", 75);
  }

  private static Call call() {
    return new Call("Максат", "Милдеттер", "Балдар", "Натыйжа", 12, new BigDecimal("450000"), "КЭУ");
  }

  private static Applicant applicant() {
    return new Applicant("«Аймира» КФ", "publicFund", "02203200610056", LocalDate.of(2015, 6, 10), "Айгүл",
        "+996 555 123 456", "info@example.kg", "Борбор", "Кыскача", "План",
        List.of(new BudgetLine("Айлык", new BigDecimal("100000.50")), new BudgetLine("Эмерек", new BigDecimal("50000"))));
  }
}
