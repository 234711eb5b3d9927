package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * NGO users in Tasklist: the winner of Karakol's competition sees its own contract's tasks and data
 * and nothing of the competition (the other applicants' applications and the commission's scores
 * live in the competition's instance and the members' sheets); another NGO of the same
 * municipality sees nothing of the winner's contract.
 */
class ContractorsInWebappsTest extends TwoMunicipalitiesWebappTest {

  static final List<String> HISTORY = List.of("variable-instance", "detail", "task", "activity-instance",
      "process-instance", "user-operation");

  @Test
  void theWinnerSeesOnlyItsOwnContractsTasksAndReadsItsContract() {
    WebappClient winner = loggedIn(WINNER);

    assertThat(list(winner.getEngine("task?maxResults=2000"), "tasks")).isNotEmpty().allSatisfy(task -> {
      assertThat(task.path("assignee").asText()).isEqualTo(WINNER);
      assertThat(task.path("tenantId").asText()).isEqualTo(HERE);
    });
    Task review = openTask(here.contract().getId());
    Response contract = winner.getEngine("task/" + review.getId() + "/form-variables?deserializeValues=false");
    assertThat(contract.status()).as(contract.text()).isEqualTo(200);
    // nothing of the competition: not the other application, the ranking or a score
    assertThat(contract.text()).contains(WINNER_NAME, "contractAmount")
        .doesNotContain("Башка долбоор", "\"applications\"", "\"ranking\"", "scoresheet");
    // its Tasklist shows a task's form only, never the whole instance
    assertRefused(winner.getEngine("process-instance/" + here.contract().getId() + "/variables"), "instance");
  }

  @Test
  void theWinnerReadsNeitherTheOtherApplicationsNorAnyScore() {
    WebappClient winner = loggedIn(WINNER);
    String competition = here.scoring().getId();

    assertThat(list(winner.getEngine("task?processInstanceId=" + competition), "competition tasks")).isEmpty();
    assertRefused(winner.getEngine("process-instance/" + competition + "/variables?deserializeValues=false"),
        "competition variables", OTHER_APPLICANT_NAME, here.marker());
    assertThat(list(winner.getEngine("variable-instance?deserializeValues=false&processInstanceIdIn=" + competition),
        "competition variables")).isEmpty();
    for (String history : HISTORY) {
      assertThat(list(winner.getEngine("history/" + history + "?processInstanceId=" + competition), history))
          .as(history).isEmpty();
    }
    for (Task sheet : engine.getTaskService().createTaskQuery().processInstanceId(competition)
        .taskDefinitionKey("ScoreApplications").list()) {
      assertThat(winner.getEngine("task/" + sheet.getId()).status()).isEqualTo(404);
      assertRefused(winner.getEngine("task/" + sheet.getId() + "/form-variables?deserializeValues=false"),
          "a member's sheet", OTHER_APPLICANT_NAME, here.marker());
      assertThat(list(winner.getEngine("variable-instance?taskIdIn=" + sheet.getId()), "sheet")).isEmpty();
    }
  }

  @Test
  void aScoredSheetIsReadByNeitherTheApplicantsNorTheOtherMembers() {
    CompetitionDriver competitions = new CompetitionDriver(engine, intake);
    Task second = engine.getTaskService().createTaskQuery().processInstanceId(here.scoring().getId())
        .taskAssignee(HERE + ".commission2").singleResult();
    Map<String, Integer> sevens = new HashMap<>();
    for (String registration : registrations(second)) {
      sevens.put(registration, 7);
    }
    engine.getFormService().submitTaskForm(second.getId(), competitions.sheet(second, sevens, Set.of()));

    for (String reader : List.of(WINNER, OTHER_APPLICANT, HERE + ".commission1")) {
      WebappClient user = loggedIn(reader);
      assertThat(list(user.getEngine("history/variable-instance?variableName=scoresheet"), "sheets"))
          .as(reader).isEmpty();
      assertThat(list(user.getEngine("history/detail?taskId=" + second.getId()), "sheet's details"))
          .as(reader).isEmpty();
      assertThat(list(user.getEngine("history/task?taskId=" + second.getId()), "the scored task")).as(reader)
          .isEmpty();
      assertThat(list(user.getEngine("variable-instance?deserializeValues=false&variableName=scoresheet"), "sheets"))
          .as(reader).allSatisfy(sheet -> assertThat(sheet.path("taskId").asText()).isNotEqualTo(second.getId()));
    }
  }

  @Test
  void anotherNgoOfTheMunicipalitySeesNothingOfTheWinnersContract() {
    WebappClient other = loggedIn(OTHER_APPLICANT);
    Set<String> contracts = Set.of(here.contract().getId(), here.paymentContract().getId(), here.payment().getId(),
        here.visitContract().getId(), here.visit().getId());

    assertThat(list(other.getEngine("task?maxResults=2000"), "tasks"))
        .allSatisfy(task -> assertThat(contracts).doesNotContain(task.path("processInstanceId").asText()));
    Task review = openTask(here.contract().getId());
    assertThat(other.getEngine("task/" + review.getId()).status()).isEqualTo(404);
    assertRefused(other.getEngine("task/" + review.getId() + "/form-variables?deserializeValues=false"), "contract",
        WINNER_NAME);
    assertRefused(other.postEngine("task/" + review.getId() + "/submit-form",
        Map.of("variables", Map.of("contractorDecision", Map.of("value", "sign")))), "sign another's contract");
    for (String instance : contracts) {
      assertRefused(other.getEngine("process-instance/" + instance + "/variables?deserializeValues=false"),
          "contract variables", WINNER_NAME);
      assertThat(list(other.getEngine("variable-instance?deserializeValues=false&processInstanceIdIn=" + instance),
          "variables")).isEmpty();
      for (String history : HISTORY) {
        assertThat(list(other.getEngine("history/" + history + "?processInstanceId=" + instance), history))
            .as(history).isEmpty();
      }
    }
    assertThat(openTask(here.contract().getId()).getId()).isEqualTo(review.getId());
  }

  private Task openTask(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private List<String> registrations(Task sheet) {
    return ((List<?>) JsonVariables.plain(
        engine.getTaskService().getVariableLocalTyped(sheet.getId(), "conflicts"))).stream()
        .map(row -> (String) ((Map<?, ?>) row).get("registrationNumber")).toList();
  }
}
