package kg.socialorder.problemselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.problemselection.SelectionOutcome.ProblemOutcome;
import kg.socialorder.support.EngineTest;
import kg.socialorder.validation.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through problem-selection, with the real cases of the demo (README "The real cases").
 * Subclasses run them on H2 and on PostgreSQL.
 */
abstract class ProblemSelectionScenarios extends EngineTest {

  static final String ANNOUNCED = day(TODAY.plusDays(1));
  static final String MEETING = day(TODAY.plusDays(10));
  static final String RESOLVED = day(TODAY);

  ProblemSelectionDriver driver;

  @Autowired
  ProblemSelectionRegister register;

  @BeforeEach
  void driver() {
    driver = new ProblemSelectionDriver(engine);
  }

  @Test
  void kanyshKyyaApprovesOneTheme() {
    ProcessInstance selection = driver.start("kanyshkyya", 600_000, 1);
    assertThat(selection).isWaitingAt("AnnounceSelection");
    assertThat(task()).hasCandidateGroup("coordinator");
    assertThat(selection.getBusinessKey()).isEqualTo("KANYSHKYYA-2026-" + businessKeyNumber(selection));
    assertThat(selection.getTenantId()).isEqualTo("kanyshkyya");

    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    assertThat(selection).isWaitingAt("RegisterProblems");
    driver.complete(selection, driver.problems(
        "Мектепке чейинки билим берүү жетишсиз", "Ичүүчү суу", "Көчө жарыгы"));
    assertThat(selection).isWaitingAt("RecordCommunityChoice");
    driver.complete(selection, driver.choice(254, 131L, 141, 70, 43));

    assertThat(selection).isWaitingAt("ApproveThemes");
    assertThat(task()).hasCandidateGroup("council");
    assertThat(selection).variables().containsEntry("tieAtBoundary", false);
    List<RankedProblem> ranking = records(selection, "ranking", RankedProblem.class);
    assertThat(ranking).extracting(RankedProblem::title).containsExactly(
        "Мектепке чейинки билим берүү жетишсиз", "Ичүүчү суу", "Көчө жарыгы");

    driver.complete(selection, driver.approval(selection, RESOLVED, Map.of("1", 600_000.0)));

    assertThat(selection).isEnded().hasPassed("RecordApprovedThemes");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(selection.getId())
        .taskDefinitionKey("RecordCommunityChoice").count()).isEqualTo(1);
    List<ApprovedTheme> themes = historicRecords(selection, "approvedThemes", ApprovedTheme.class);
    assertThat(themes).singleElement().satisfies(theme -> {
      assertThat(theme.themeNumber()).isEqualTo(1);
      assertThat(theme.problem()).isEqualTo("Мектепке чейинки билим берүү жетишсиз");
      assertThat(theme.budget()).isEqualByComparingTo("600000");
      assertThat(theme.votes()).isEqualTo(141);
    });
  }

  @Test
  void karakolApprovesTwoThemesFromFourHundredThousandSom() {
    ProcessInstance selection = driver.start("karakol", 400_000, 2);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems(
        "Эмгек мигранттарынын балдары", "Үй-бүлөлүк зомбулуктан жабыркаган аялдар", "Спорт аянтчасы"));
    driver.complete(selection, driver.choice(412, null, 160, 150, 102));

    driver.complete(selection, driver.approval(selection, RESOLVED, Map.of("1", 220_000.0, "2", 180_000.0)));

    assertThat(selection).isEnded();
    List<ApprovedTheme> themes = historicRecords(selection, "approvedThemes", ApprovedTheme.class);
    assertThat(themes).extracting(ApprovedTheme::themeNumber, ApprovedTheme::problem).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "Эмгек мигранттарынын балдары"),
        org.assertj.core.groups.Tuple.tuple(2, "Үй-бүлөлүк зомбулуктан жабыркаган аялдар"));
    assertThat(historicValue(selection, "approvedBudgetTotal")).isEqualTo(400_000.0);
  }

  @Test
  void omuralievRecountsThenApproves() {
    ProcessInstance selection = driver.start("omuraliev", 300_000, 1);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems("Жаштардын бош убактысы", "Маданият үйү"));
    driver.complete(selection, driver.choice(328, 170L, 200, 128));

    driver.complete(selection, driver.recount("Эки айылдын протоколдору кошулган жок"));

    assertThat(selection).isWaitingAt("RecordCommunityChoice");
    assertThat(selection).variables().containsEntry("recountReason", "Эки айылдын протоколдору кошулган жок");
    // the earlier counts stand in the tally, to be corrected
    assertThat(records(selection, "votes", VoteCount.class)).extracting(VoteCount::votes).containsExactly(200L, 128L);

    driver.complete(selection, driver.choice(328, 170L, 210, 118));
    driver.complete(selection, driver.approval(selection, RESOLVED, Map.of("1", 300_000.0)));

    assertThat(selection).isEnded().hasPassed("RecordApprovedThemes");
    assertThat(historicRecords(selection, "approvedThemes", ApprovedTheme.class))
        .extracting(ApprovedTheme::votes).containsExactly(210L);
    // the case record keeps the recounted tally, every problem, and the theme's key for later stages
    assertThat(register.problems(selection.getBusinessKey()))
        .extracting(ProblemOutcome::title, ProblemOutcome::votes, ProblemOutcome::rank, ProblemOutcome::themeKey)
        .containsExactly(tuple("Жаштардын бош убактысы", 210L, 1, selection.getBusinessKey() + "-T1"),
            tuple("Маданият үйү", 118L, 2, null));
    assertThat(register.theme(selection.getBusinessKey() + "-T1")).hasValueSatisfying(theme -> {
      assertThat(theme.participantsTotal()).isEqualTo(328);
      assertThat(theme.participantsWomen()).isEqualTo(170);
      assertThat(theme.votingMethod()).isEqualTo("openVote");
      assertThat(theme.problemsConsidered()).isEqualTo(2);
    });
    assertThat(register.theme(selection.getBusinessKey() + "-T2")).isEmpty();
  }

  @Test
  void karaKolTieAtTheBoundaryIsReportedToTheCouncil() {
    ProcessInstance selection = driver.start("karakoltown", 500_000, 1);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems(
        "Мүмкүнчүлүгү чектелген балдар үчүн борбор", "Бала бакча", "Жол"));
    driver.complete(selection, driver.choice(503, 290L, 220, 220, 63));

    assertThat(selection).isWaitingAt("ApproveThemes");
    assertThat(selection).variables()
        .containsEntry("tieAtBoundary", true)
        .containsEntry("tiedProblems", "Мүмкүнчүлүгү чектелген балдар үчүн борбор; Бала бакча");
    assertThat(records(selection, "ranking", RankedProblem.class))
        .extracting(RankedProblem::rank).containsExactly(1, 1, 3);

    // the council, not the software, decides the tie
    driver.complete(selection, driver.approval(selection, RESOLVED, Map.of("1", 500_000.0)));
    assertThat(selection).isEnded();
  }

  @Test
  void startWithoutMunicipalityProgrammeOrBudgetIsRefused() {
    assertRefused(() -> engine.getRuntimeService().startProcessInstanceByKey("problem-selection",
            Variables.createVariables().putValue("programmeName", " ").putValue("year", 1999)
                .putValue("budgetEnvelope", -5)),
        List.of("municipality", "programmeName", "year", "budgetEnvelope"),
        "Программанын аталышы", "Название программы");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("problem-selection").processInstanceBusinessKeyLike("%-1999-%").count()).isZero();
  }

  @Test
  void announcementInThePastIsRefusedAndNothingStored() {
    ProcessInstance selection = driver.start("katran", 100_000, 1);
    VariableMap input = driver.announcement(day(TODAY.minusDays(1)), day(TODAY.minusDays(2)));

    assertRefused(() -> driver.complete(selection, input),
        List.of("announcementDate", "meetings[1].date"), "Жарыялоо күнү", "Дата объявления");

    assertThat(selection).isWaitingAt("AnnounceSelection");
    assertThat(engine.getRuntimeService().getVariable(selection.getId(), "announcementDate")).isNull();
    assertThat(engine.getRuntimeService().getVariable(selection.getId(), "meetings")).isNull();
  }

  @Test
  void announcementWithoutMeetingsOrChannelsIsRefused() {
    ProcessInstance selection = driver.start("katran", 100_000, 1);
    VariableMap input = Variables.createVariables().putValue("announcementDate", ANNOUNCED)
        .putValue("meetings", JsonVariables.json(List.of()))
        .putValue("informationChannels", JsonVariables.json(List.of("carrierPigeon")));

    assertRefused(() -> driver.complete(selection, input), List.of("meetings", "informationChannels"),
        "Жамаат менен жолугушуулар", "Встречи с сообществом");
  }

  @Test
  void noProblemOrAProblemWithoutTitleIsRefused() {
    ProcessInstance selection = driver.start("katran", 100_000, 1);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));

    assertRefused(() -> driver.complete(selection, driver.problems()), List.of("problems"),
        "жок дегенде бирөө", "хотя бы один");
    VariableMap untitled = Variables.createVariables().putValue("problems", JsonVariables.json(List.of(
        Map.of("title", "Суу", "affectedGroup", "Баары", "source", "survey"),
        Map.of("title", "суу", "affectedGroup", "Баары", "source", "survey"),
        Map.of("title", "", "affectedGroup", "Баары", "source", "rumour"))));
    assertRefused(() -> driver.complete(selection, untitled),
        List.of("problems[2].title", "problems[3].title", "problems[3].source"),
        "Көйгөйдүн аталышы", "Название проблемы");

    assertThat(selection).isWaitingAt("RegisterProblems");
    assertThat(engine.getRuntimeService().getVariable(selection.getId(), "problems")).isNull();
  }

  @Test
  void votesForUnregisteredProblemsNegativeVotesAndBadParticipantCountsAreRefused() {
    ProcessInstance selection = driver.start("katran", 100_000, 1);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems("Бала бакча", "Суу"));

    VariableMap input = Variables.createVariables()
        .putValue("votingMethod", "openVote")
        .putValue("participantsTotal", 0)
        .putValue("participantsWomen", 12.5)
        .putValue("votes", JsonVariables.json(List.of(
            Map.of("problemId", "1", "votes", -3),
            Map.of("problemId", "7", "votes", 10))));

    assertRefused(() -> driver.complete(selection, input),
        List.of("participantsTotal", "participantsWomen", "votes[1].votes", "votes[2].problemId", "votes"),
        "Катышкан тургундардын жалпы саны", "Общее число участвовавших жителей");

    assertThat(selection).isWaitingAt("RecordCommunityChoice");
    assertThat(engine.getRuntimeService().getVariable(selection.getId(), "participantsTotal")).isNull();
    assertThat(records(selection, "votes", VoteCount.class)).extracting(VoteCount::votes)
        .containsOnlyNulls();
  }

  @Test
  void moreWomenThanParticipantsIsRefused() {
    ProcessInstance selection = driver.start("katran", 100_000, 1);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems("Бала бакча"));

    assertRefused(() -> driver.complete(selection, driver.choice(40, 41L, 40)),
        List.of("participantsWomen"), "аялдардын саны", "число женщин");
  }

  @Test
  void approvedBudgetsAboveTheEnvelopeAreRefused() {
    ProcessInstance selection = driver.start("karakol", 400_000, 2);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems("Мигранттардын балдары", "Зомбулуктан жабыркаган аялдар"));
    driver.complete(selection, driver.choice(300, null, 160, 140));

    assertRefused(() -> driver.complete(selection,
            driver.approval(selection, RESOLVED, Map.of("1", 250_000.0, "2", 150_000.01))),
        List.of("candidateThemes"), "бюджеттин чегинен", "превышает выделенные средства");

    assertThat(selection).isWaitingAt("ApproveThemes");
    assertThat(engine.getRuntimeService().getVariable(selection.getId(), "approvedThemes")).isNull();
  }

  @Test
  void approvalWithoutThemeResolutionOrRecountReasonIsRefused() {
    ProcessInstance selection = driver.start("karakol", 400_000, 1);
    driver.complete(selection, driver.announcement(ANNOUNCED, MEETING));
    driver.complete(selection, driver.problems("Мигранттардын балдары"));
    driver.complete(selection, driver.choice(300, null, 300));

    VariableMap nothingApproved = driver.approval(selection, day(TODAY.plusDays(3)), Map.of());
    nothingApproved.putValue("resolutionNumber", "");
    assertRefused(() -> driver.complete(selection, nothingApproved),
        List.of("candidateThemes", "resolutionNumber", "resolutionDate"),
        "Кеңештин токтомунун номери", "Номер постановления кенеша");

    assertRefused(() -> driver.complete(selection, driver.recount(" ")), List.of("recountReason"),
        "Кайра эсептөөнүн себеби", "Причина пересчёта");
    assertThat(selection).isWaitingAt("ApproveThemes");
  }

  private void assertRefused(Runnable submission, List<String> fields, String kyrgyz, String russian) {
    assertThatThrownBy(submission::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactlyInAnyOrderElementsOf(fields))
        .hasMessageContaining(kyrgyz)
        .hasMessageContaining(russian);
  }

  private <T> List<T> records(ProcessInstance instance, String name, Class<T> type) {
    return JsonVariables.records(engine.getRuntimeService().getVariableTyped(instance.getId(), name), type);
  }

  private <T> List<T> historicRecords(ProcessInstance instance, String name, Class<T> type) {
    return JsonVariables.records(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getTypedValue(), type);
  }

  private Object historicValue(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  private static String businessKeyNumber(ProcessInstance instance) {
    return instance.getBusinessKey().substring(instance.getBusinessKey().lastIndexOf('-') + 1);
  }
}
