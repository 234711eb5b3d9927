package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import kg.socialorder.support.ThemesBeforeCouncil;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A claim means the task is the claimant's, through the webapps' API as Tasklist calls it: other
 * deputies can neither submit nor take it; the municipality's coordinator or an administrator can
 * give it to another deputy or back to the council, and whoever sees the task reads who did that,
 * when, and from whom.
 */
class ClaimsInWebappsTest extends WebappTest {

  static final String M = "omuraliev";
  static final String FIRST = M + ".deputy1";
  static final String SECOND = M + ".deputy2";

  @Test
  void aTaskClaimedByOneDeputyIsNotCompletedOrTakenByAnother() {
    ThemesBeforeCouncil themes = ThemesBeforeCouncil.of(engine, M, TODAY);
    String task = themes.taskId();
    WebappClient first = claimedByTheFirstDeputy(task);
    WebappClient second = loggedIn(SECOND);

    Response submitted = second.postEngine("task/" + task + "/submit-form", themes.approval());
    Response completed = second.postEngine("task/" + task + "/complete", themes.approval());
    Response claimed = second.postEngine("task/" + task + "/claim", Map.of("userId", SECOND));
    Response taken = second.postEngine("task/" + task + "/assignee", Map.of("userId", SECOND));
    Response reset = second.postEngine("task/" + task + "/unclaim", Map.of());

    for (Response refused : List.of(submitted, completed, claimed, taken, reset)) {
      assertThat(refused.status()).as(refused.text()).isEqualTo(409);
      assertThat(message(refused))
          .startsWith("Бул тапшырманы Депутат 1")
          .contains("(" + FIRST + ")", "02.03.2026 10:00 өзүнө алган", "Эту задачу взял(а) в работу Депутат 1",
              "координатор")
          .doesNotContain(task, "Exception", "ENGINE-", "Cannot");
    }
    for (Response submission : List.of(submitted, completed)) {
      assertThat(message(submission)).contains("Введённые вами данные не сохранены",
          "обратитесь к координатору муниципалитета или администратору");
    }
    assertThat(message(claimed)).contains("обратитесь к координатору муниципалитета или администратору")
        .doesNotContain("данные не сохранены");
    for (Response takeover : List.of(taken, reset)) {
      assertThat(message(takeover)).contains("Передать её другому может только координатор муниципалитета или администратор")
          .doesNotContain("данные не сохранены");
    }
    Task after = engine.getTaskService().createTaskQuery().taskId(task).singleResult();
    assertThat(after.getAssignee()).isEqualTo(FIRST);
    assertThat(engine.getRuntimeService().getVariable(themes.instance().getId(), "resolutionNumber")).isNull();

    // the holder completes it
    assertThat(first.postEngine("task/" + task + "/submit-form", themes.approval()).status()).isEqualTo(204);
  }

  @Test
  void theCoordinatorGivesAClaimedTaskToAnotherDeputyAndEveryoneWhoSeesTheTaskReadsIt() {
    ThemesBeforeCouncil themes = ThemesBeforeCouncil.of(engine, M, TODAY);
    String task = themes.taskId();
    WebappClient first = loggedIn(FIRST);
    WebappClient coordinator = loggedIn(M + ".coordinator");
    // before anyone claims it, the council's task is not the coordinator's to see
    assertThat(coordinator.getEngine("task/" + task).status()).isEqualTo(404);
    assertThat(first.postEngine("task/" + task + "/claim", Map.of("userId", FIRST)).status()).isEqualTo(204);

    // claimed, it is in the coordinator's list of claimed tasks, and its header's assignee control works
    JsonNode claimedTasks = coordinator.postEngine("filter/" + filterId(IdentitySetup.CLAIMED_TASKS) + "/list",
        Map.of()).json();
    assertThat(claimedTasks.findValuesAsText("id")).contains(task);
    assertThat(coordinator.getEngine("task/" + task).status()).isEqualTo(200);
    // the assignee control looks the typed login up before it assigns: the deputies, not the others
    assertThat(coordinator.getEngine("user?maxResults=1&id=" + SECOND).json().findValuesAsText("id"))
        .containsExactly(SECOND);
    assertThat(coordinator.getEngine("user?maxResults=1&id=karakol.deputy2").json()).isEmpty();
    // not to someone the task is not offered to, and the coordinator does not do the council's work
    Response toFinance = coordinator.postEngine("task/" + task + "/assignee", Map.of("userId", M + ".finance"));
    assertThat(toFinance.status()).as(toFinance.text()).isEqualTo(400);
    assertThat(message(toFinance)).contains("Финансист", "передать её можно только тому, кому она предложена");
    Response doneByCoordinator = coordinator.postEngine("task/" + task + "/submit-form", themes.approval());
    assertThat(doneByCoordinator.status()).as(doneByCoordinator.text()).isIn(403, 409);

    Response given = coordinator.postEngine("task/" + task + "/assignee", Map.of("userId", SECOND));
    assertThat(given.status()).as(given.text()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(SECOND);

    // Tasklist shows whoever sees the task its description, and the administrator its comments; the
    // record follows the task's card, which the card in the list shows alone (its first paragraph)
    WebappClient second = loggedIn(SECOND);
    assertThat(second.getEngine("task/" + task).json().path("description").asText())
        .startsWith("Номер: ").contains("\n\n").contains("забрал(а) задачу у Депутат 1")
        .satisfies(description -> assertThat(description.split("\n\n")[0]).doesNotContain("забрал(а)"));
    assertThat(coordinator.getEngine("task/" + task).json().path("description").asText())
        .contains("забрал(а) задачу у Депутат 1");
    assertThat(loggedIn("demo").getEngine("task/" + task + "/comment").json().findValuesAsText("message"))
        .singleElement().asString()
        .contains("Координатор", "(" + M + ".coordinator)", "02.03.2026 10:00", "(" + FIRST + ")", "(" + SECOND + ")",
            "забрал(а) задачу у", "тапшырманы");
    // and the engine's operation log has it for Cockpit: who, when, from whom to whom
    UserOperationLogEntry assignment = engine.getHistoryService().createUserOperationLogQuery().taskId(task)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).singleResult();
    assertThat(assignment.getUserId()).isEqualTo(M + ".coordinator");
    assertThat(assignment.getOrgValue()).isEqualTo(FIRST);
    assertThat(assignment.getNewValue()).isEqualTo(SECOND);

    // the first deputy is now refused, the second completes it
    assertThat(first.postEngine("task/" + task + "/submit-form", themes.approval()).status()).isEqualTo(409);
    assertThat(second.postEngine("task/" + task + "/submit-form", themes.approval()).status()).isEqualTo(204);
  }

  @Test
  void anAdministratorGivesAClaimedTaskBackToTheCouncil() {
    ThemesBeforeCouncil themes = ThemesBeforeCouncil.of(engine, M, TODAY);
    String task = themes.taskId();
    WebappClient first = claimedByTheFirstDeputy(task);
    WebappClient admin = loggedIn("demo");

    Response back = admin.postEngine("task/" + task + "/unclaim", Map.of());

    assertThat(back.status()).as(back.text()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    WebappClient second = loggedIn(SECOND);
    assertThat(second.getEngine("task/" + task).json().path("description").asText()).contains("(demo)", "(" + FIRST + ")", "вернул(а) её всем, кому она предложена");
    // unclaimed, any deputy claims and completes it
    assertThat(second.postEngine("task/" + task + "/claim", Map.of("userId", SECOND)).status()).isEqualTo(204);
    assertThat(second.postEngine("task/" + task + "/submit-form", themes.approval()).status()).isEqualTo(204);
  }

  @Test
  void theHolderMayGiveTheTaskBackThemselves() {
    ThemesBeforeCouncil themes = ThemesBeforeCouncil.of(engine, M, TODAY);
    String task = themes.taskId();
    WebappClient first = claimedByTheFirstDeputy(task);
    assertThat(first.postEngine("task/" + task + "/unclaim", Map.of()).status()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(engine.getTaskService().getTaskComments(task)).isEmpty();
  }

  /** The first deputy, logged in to Tasklist, who has claimed the task. */
  private WebappClient claimedByTheFirstDeputy(String task) {
    WebappClient first = loggedIn(FIRST);
    assertThat(first.postEngine("task/" + task + "/claim", Map.of("userId", FIRST)).status()).isEqualTo(204);
    return first;
  }

  private String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  private static String message(Response response) {
    return response.json().path("message").asText();
  }
}
