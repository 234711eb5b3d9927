package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Work under way in two municipalities, Karakol ("here", where the users under test work) and
 * Kanysh-Kyya ("there"), built once per test class, and the assertions every access test shares:
 * what a refusal looks like and what a list may contain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoMunicipalitiesWebappTest extends WebappTest {

  static final String HERE = "karakol";
  static final String THERE = "kanyshkyya";
  static final String WINNER = "baldargatirek";
  static final String WINNER_NAME = "«Балдарга тирек» КФ";
  static final String OTHER_APPLICANT = "ulukman";
  static final String OTHER_APPLICANT_NAME = "«Улукман дарыгер» КБ";

  @Autowired
  ApplicationIntake intake;

  MunicipalityCases here;
  MunicipalityCases there;

  @BeforeEach
  void workUnderWayInTwoMunicipalities() {
    if (here == null) {
      here = MunicipalityCases.build(engine, intake, HERE, WINNER, WINNER_NAME, OTHER_APPLICANT,
          OTHER_APPLICANT_NAME, TODAY);
      there = MunicipalityCases.build(engine, intake, THERE, "toskurulush", "«ТОС Курулуш» КБ", null,
          "«Айкөл» КБ", TODAY);
    }
  }

  /** The answer to a request the user has no right to: nothing done, nothing of the data in it. */
  static void assertRefused(Response response, String what, String... secrets) {
    assertThat(response.status()).as(what + ": " + response.text()).isIn(403, 404);
    if (response.text().contains("муниципалитет")) {
      // the engine's tenant check, told in both languages
      assertThat(response.text()).as(what)
          .contains("Бул башка муниципалитеттин иши", "Это дело другого муниципалитета");
    }
    for (String secret : secrets) {
      assertThat(response.text()).as(what).doesNotContain(secret);
    }
  }

  /** A query answered with a list (200), as a list. */
  static List<JsonNode> list(Response response, String what) {
    assertThat(response.status()).as(what + ": " + response.text()).isEqualTo(200);
    assertThat(response.json()).as(what).isNotNull();
    assertThat(response.json().isArray()).as(what + ": " + response.text()).isTrue();
    List<JsonNode> items = new ArrayList<>();
    response.json().forEach(items::add);
    return items;
  }

  /** The ids of every process instance of a municipality's work. */
  static Set<String> instanceIds(MunicipalityCases cases) {
    Set<String> ids = new HashSet<>();
    cases.instances().forEach(instance -> ids.add(instance.getId()));
    return ids;
  }

  /**
   * Whom a task is for, as the diagrams say: its assignee, its candidate users, or the members of its
   * candidate groups, and all of them only in the task's municipality.
   */
  boolean mayWorkOn(String user, Task task) {
    if (!engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true)
        .tenantId(task.getTenantId()).list().isEmpty()) {
      if (user.equals(task.getAssignee())) {
        return true;
      }
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(group -> group.getId()).toList();
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (!"candidate".equals(link.getType())) {
          continue;
        }
        if (user.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
          return true;
        }
      }
    }
    return false;
  }

  static String query(String path, String... parameters) {
    return path + "?" + String.join("&", parameters);
  }
}
