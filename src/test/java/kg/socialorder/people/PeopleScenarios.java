package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.engine.AssignResponsibleCoordinator;
import kg.socialorder.identity.Role;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Municipalities, leavers and passwords as the administrator meets them: the people pages behind the
 * webapps' login, Admin's and the REST API's user endpoints. Production settings (no demo data, the
 * password policy on for every account): the people are made here, with passwords that pass it.
 */
@ActiveProfiles(profiles = "test", inheritProfiles = false)
@TestPropertySource(properties = {
    "camunda.bpm.admin-user.id=" + PeopleScenarios.ADMIN,
    "camunda.bpm.admin-user.password=" + PeopleScenarios.PASSWORD,
    "social-order.municipalities[0].id=naryn",
    "social-order.municipalities[0].name-ky=Нарын шаары",
    "social-order.municipalities[0].name-ru=город Нарын",
    "social-order.municipalities[1].id=talas",
    "social-order.municipalities[1].name-ky=Талас шаары",
    "social-order.municipalities[1].name-ru=город Талас",
    "social-order.ocds.base-uri=https://socialorder.example.kg",
    "social-order.ocds.publisher-uri=https://socialorder.example.kg/portal",
    "social-order.ocds.publication-policy=https://socialorder.example.kg/ocds/publication-policy.html"})
abstract class PeopleScenarios extends WebappTest {

  static final String ADMIN = "admin";
  /** Passes the policy; no test person's login is in it. */
  static final String PASSWORD = "Tuz-kol-Jibek-91";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  Municipalities municipalities;
  @Autowired
  MunicipalityNames names;
  @Autowired
  Staff staff;

  @Test
  void configurationSeedsTheMunicipalitiesAtFirstStartWithTheirTenants() {
    WebappClient admin = administrator();
    WebappClient.Response page = admin.page("/people/municipalities");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("id=\"municipality-naryn\"", "Нарын шаары", "город Нарын",
        "id=\"municipality-talas\"", Municipalities.CONFIGURATION);
    assertThat(identityService.createTenantQuery().tenantId("naryn").singleResult().getName())
        .isEqualTo("Нарын шаары / город Нарын");
    assertThat(identityService.createGroupQuery().groupId(Role.SUPERVISOR.groupId()).memberOfTenant("talas").count())
        .isEqualTo(1);
  }

  @Test
  void theAdministratorAddsAMunicipalityThatWorksAtOnce() {
    WebappClient admin = administrator();
    WebappClient.Response added = admin.form("/people/municipalities", "_csrf", token(admin, "/people/municipalities"),
        "municipalityId", "kochkor", "nameKy", "Кочкор айылдык аймагы", "nameRu", "Кочкорский айылный аймак");

    assertThat(added.status()).as(added.text()).isEqualTo(302);
    assertThat(identityService.createTenantQuery().tenantId("kochkor").singleResult().getName())
        .isEqualTo("Кочкор айылдык аймагы / Кочкорский айылный аймак");
    assertThat(identityService.createGroupQuery().groupId(Role.SUPERVISOR.groupId()).memberOfTenant("kochkor").count())
        .isEqualTo(1);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Role.SUPERVISOR.groupId())
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TENANT).resourceId("kochkor").count()).isEqualTo(1);
    WebappClient.Response page = admin.page("/people/municipalities?done=added&id=kochkor");
    assertThat(page.text()).contains("id=\"done\"", "Кочкор айылдык аймагы", "id=\"municipality-kochkor\"");
    assertThat(jdbc.queryForObject("select created_by from so_municipality where id = 'kochkor'", String.class))
        .isEqualTo(ADMIN);

    // without a restart: its coordinator logs in and what they start belongs to it
    person("kochkor.coordinator", Role.COORDINATOR, "kochkor");
    assertThat(new WebappClient(port).login("kochkor.coordinator", PASSWORD)).isEqualTo(200);
    ProcessInstance started = startAs("kochkor.coordinator");
    assertThat(started.getTenantId()).isEqualTo("kochkor");
    // and its task card names it, as Tasklist shows it
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(started.getId()).singleResult();
    assertThat(task.getDescription()).endsWith("\nМуниципалитет: Кочкор айылдык аймагы / Кочкорский айылный аймак");
  }

  @Test
  void aWrongOrTakenMunicipalityIsRefusedInBothLanguagesAndNothingIsStored() {
    WebappClient admin = administrator();
    String token = token(admin, "/people/municipalities");

    WebappClient.Response wrongId = admin.form("/people/municipalities", "_csrf", token,
        "municipalityId", "Ак-Суу", "nameKy", "Ак-Суу", "nameRu", "Ак-Суу");
    assertThat(wrongId.status()).isEqualTo(400);
    assertThat(wrongId.text()).contains("«Муниципалитеттин коду» талаасы", "Поле «Код муниципалитета»",
        "value=\"Ак-Суу\"");
    WebappClient.Response noName = admin.form("/people/municipalities", "_csrf", token,
        "municipalityId", "aksuu", "nameKy", " ", "nameRu", "Ак-Суу");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.text()).contains("Поле «Название на кыргызском»: обязательно для заполнения");
    WebappClient.Response taken = admin.form("/people/municipalities", "_csrf", token,
        "municipalityId", "naryn", "nameKy", "Дагы Нарын", "nameRu", "Ещё Нарын");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.text()).contains("муниципалитет с кодом «naryn» уже есть");

    assertThat(identityService.createTenantQuery().tenantId("aksuu").count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from so_municipality where id in ('aksuu', 'Ак-Суу')", Integer.class))
        .isZero();
    assertThat(identityService.createTenantQuery().tenantId("naryn").singleResult().getName())
        .isEqualTo("Нарын шаары / город Нарын");
  }

  @Test
  void onlyALoggedInAdministratorWithTheFormsTokenChangesMunicipalities() {
    WebappClient nobody = new WebappClient(port);
    assertThat(nobody.page("/people/municipalities").status()).as("to Admin's login").isEqualTo(302);
    assertThat(nobody.page("/people/staff").status()).isEqualTo(302);

    person("talas.head", Role.HEAD, "talas");
    WebappClient official = new WebappClient(port);
    assertThat(official.login("talas.head", PASSWORD)).isEqualTo(200);
    assertThat(official.page("/people/municipalities").status()).isEqualTo(403);
    assertThat(official.page("/people/staff?municipality=talas").status()).isEqualTo(403);
    assertThat(official.form("/people/municipalities/talas/close", "_csrf", "x").status()).isEqualTo(403);

    WebappClient admin = administrator();
    assertThat(admin.form("/people/municipalities", "_csrf", "forged", "municipalityId", "batken",
        "nameKy", "Баткен", "nameRu", "Баткен").status()).isEqualTo(403);
    assertThat(identityService.createTenantQuery().tenantId("batken").count()).isZero();
    assertThat(identityService.createUserQuery().userId("talas.head").memberOfTenant("talas").count()).isEqualTo(1);
  }

  @Test
  void renamingChangesTheTenantsNameAndIsRecorded() {
    municipalities.add(ADMIN, "atbashy", "Ат-Башы", "Ат-Баши");
    WebappClient admin = administrator();
    String token = token(admin, "/people/municipalities");

    WebappClient.Response renamed = admin.form("/people/municipalities/atbashy/rename", "_csrf", token,
        "nameKy", "Ат-Башы айылдык аймагы", "nameRu", "Ат-Башинский айылный аймак");
    assertThat(renamed.status()).isEqualTo(302);
    assertThat(identityService.createTenantQuery().tenantId("atbashy").singleResult().getName())
        .isEqualTo("Ат-Башы айылдык аймагы / Ат-Башинский айылный аймак");
    assertThat(municipalities.find("atbashy").orElseThrow().renamedBy()).isEqualTo(ADMIN);
    // the open data, the dashboard, papers and task cards read the new name
    assertThat(names.find("atbashy").orElseThrow().displayName())
        .isEqualTo("Ат-Башы айылдык аймагы / Ат-Башинский айылный аймак");
    // a municipality the open data serves: nothing published there yet (404), not an unknown one (400)
    java.net.http.HttpResponse<byte[]> records = new WebappClient(port).getFromRoot("/ocds/download/records-atbashy.json");
    assertThat(records.statusCode()).isEqualTo(404);
    assertThat(new String(records.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Nothing published yet");

    WebappClient.Response empty = admin.form("/people/municipalities/atbashy/rename", "_csrf", token,
        "nameKy", "", "nameRu", "Ат-Баши");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("id=\"rename-error\"", "Поле «Название на кыргызском»");
    assertThat(identityService.createTenantQuery().tenantId("atbashy").singleResult().getName())
        .startsWith("Ат-Башы айылдык аймагы");
  }

  @Test
  void closingKeepsTheHistoryForSupervisorsAndTakesThePeoplesAccess() {
    municipalities.add(ADMIN, "kemin", "Кемин", "Кемин");
    person("kemin.coordinator", Role.COORDINATOR, "kemin");
    person("national.supervisor", Role.SUPERVISOR, null);
    ProcessInstance running = startAs("kemin.coordinator");
    WebappClient coordinator = new WebappClient(port);
    coordinator.login("kemin.coordinator", PASSWORD);
    assertThat(coordinator.getEngine("task?processInstanceId=" + running.getId()).json()).hasSize(1);

    WebappClient admin = administrator();
    WebappClient.Response confirm = admin.page("/people/municipalities/kemin/close");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.text()).contains("<strong>1</strong>");
    WebappClient.Response closed = admin.form("/people/municipalities/kemin/close", "_csrf", token(confirm.text()));
    assertThat(closed.status()).isEqualTo(302);

    assertThat(identityService.createUserQuery().memberOfTenant("kemin").count()).isZero();
    assertThat(identityService.createTenantQuery().tenantId("kemin").count()).isEqualTo(1);
    assertThat(municipalities.find("kemin").orElseThrow().closedBy()).isEqualTo(ADMIN);
    // the session they had open ended with the closing; the administrator's did not
    assertThat(coordinator.getEngine("task?processInstanceId=" + running.getId()).status()).isEqualTo(401);
    assertThat(admin.page("/people/municipalities").status()).isEqualTo(200);
    // its people no longer see or start its work
    WebappClient again = new WebappClient(port);
    again.login("kemin.coordinator", PASSWORD);
    assertThat(again.getEngine("task?processInstanceId=" + running.getId()).json()).isEmpty();
    assertThatThrownBy(() -> startAs("kemin.coordinator")).hasMessageContaining("муниципалитет не определён");
    // supervisors still read it in Cockpit
    WebappClient supervisor = new WebappClient(port);
    supervisor.login("national.supervisor", PASSWORD, "cockpit");
    assertThat(supervisor.getEngine("process-instance?tenantIdIn=kemin").json()).hasSize(1);
    assertThat(supervisor.getEngine("history/process-instance?tenantIdIn=kemin").json()).hasSize(1);
    // and it changes no more
    WebappClient.Response rename = admin.form("/people/municipalities/kemin/rename", "_csrf",
        token(admin, "/people/municipalities"), "nameKy", "Жаңы", "nameRu", "Новый");
    assertThat(rename.status()).isEqualTo(400);
    assertThat(rename.text()).contains("муниципалитет «kemin» закрыт");
    assertThat(admin.page("/people/municipalities").text()).contains("id=\"municipality-kemin\"", "Жабык");
  }

  @Test
  void ofTwoAdditionsOfOneMunicipalityAtOnceOneIsRefusedAndOneTenantIsMade() throws Exception {
    WebappClient admin = administrator();
    String token = token(admin, "/people/municipalities");
    CountDownLatch firstAdded = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // the first addition is made and holds its transaction open…
      Future<?> first = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
        municipalities.add(ADMIN, "tokmok", "Токмок шаары", "город Токмок");
        firstAdded.countDown();
        await(commitFirst);
      }));
      assertThat(firstAdded.await(1, TimeUnit.MINUTES)).isTrue();
      // …while the second, through the page, gets past its check and waits on the first's row
      Future<WebappClient.Response> second = threads.submit(() -> admin.form("/people/municipalities", "_csrf", token,
          "municipalityId", "tokmok", "nameKy", "Токмок", "nameRu", "Токмок"));
      waitUntilWaitingToInsertInto("so_municipality", second);
      commitFirst.countDown();
      first.get(1, TimeUnit.MINUTES);
      WebappClient.Response refused = second.get(1, TimeUnit.MINUTES);

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text()).contains("муниципалитет с кодом «tokmok» уже есть");
    } finally {
      commitFirst.countDown();
      threads.shutdownNow();
    }
    assertThat(identityService.createTenantQuery().tenantId("tokmok").singleResult().getName())
        .isEqualTo("Токмок шаары / город Токмок");
    assertThat(jdbc.queryForObject("select count(*) from so_municipality where id = 'tokmok'", Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aLeaversTasksGoBackToTheirGroupTheirLoginFailsAndTheirNameStays() {
    municipalities.add(ADMIN, "balykchy", "Балыкчы", "Балыкчы");
    person("balykchy.coordinator", Role.COORDINATOR, "balykchy");
    person("balykchy.coordinator2", Role.COORDINATOR, "balykchy");
    ProcessInstance order = startAs("balykchy.coordinator");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(order.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo("balykchy.coordinator");
    Instant before = clock.instant();

    WebappClient admin = administrator();
    WebappClient.Response page = admin.page("/people/staff?municipality=balykchy");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("id=\"person-balykchy.coordinator\"", "Айбек balykchy.coordinator");
    WebappClient.Response deactivated = admin.form("/people/staff/balykchy.coordinator/deactivate",
        "_csrf", token(page.text()), "municipality", "balykchy", "successor", "");
    assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(302);

    Task handed = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(handed.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && "coordinator".equals(link.getGroupId()));
    assertThat(engine.getTaskService().getTaskComments(task.getId()))
        .anyMatch(comment -> comment.getFullMessage().contains("задача возвращена группе"));
    assertThat(engine.getRuntimeService().getVariable(order.getId(), AssignResponsibleCoordinator.VARIABLE)).isNull();
    // the colleague takes it from the group
    WebappClient colleague = new WebappClient(port);
    colleague.login("balykchy.coordinator2", PASSWORD);
    assertThat(colleague.postEngine("task/" + task.getId() + "/claim", Map.of("userId", "balykchy.coordinator2"))
        .status()).isEqualTo(204);

    assertThat(new WebappClient(port).login("balykchy.coordinator", PASSWORD)).isEqualTo(401);
    assertThat(identityService.createGroupQuery().groupMember("balykchy.coordinator").count()).isZero();
    assertThat(identityService.createTenantQuery().userMember("balykchy.coordinator").count()).isZero();
    User kept = identityService.createUserQuery().userId("balykchy.coordinator").singleResult();
    assertThat(kept.getFirstName()).isEqualTo("Айбек");
    Leaver leaver = staff.leftFrom("balykchy").stream().filter(l -> l.userId().equals("balykchy.coordinator"))
        .findFirst().orElseThrow();
    assertThat(leaver.deactivatedBy()).isEqualTo(ADMIN);
    assertThat(leaver.deactivatedAt()).isAfterOrEqualTo(before);
    assertThat(leaver.tasksHandedOver()).isEqualTo(1);
    assertThat(leaver.roles()).containsExactly("coordinator");

    WebappClient.Response after = admin.page("/people/staff?municipality=balykchy&left=balykchy.coordinator");
    assertThat(after.text()).contains("id=\"left-balykchy.coordinator\"", "Айбек balykchy.coordinator",
        "деактивирован").doesNotContain("id=\"person-balykchy.coordinator\"");
  }

  @Test
  void aNamedSuccessorGetsTheLeaversTasksAndCases() {
    municipalities.add(ADMIN, "karabalta", "Кара-Балта", "Кара-Балта");
    person("karabalta.coordinator", Role.COORDINATOR, "karabalta");
    person("karabalta.coordinator2", Role.COORDINATOR, "karabalta");
    person("naryn.finance", Role.FINANCE, "naryn");
    ProcessInstance order = startAs("karabalta.coordinator");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(order.getId()).singleResult();
    WebappClient admin = administrator();
    String token = token(admin, "/people/staff?municipality=karabalta");

    WebappClient.Response otherPlace = admin.form("/people/staff/karabalta.coordinator/deactivate", "_csrf", token,
        "municipality", "karabalta", "successor", "naryn.finance");
    assertThat(otherPlace.status()).isEqualTo(400);
    assertThat(otherPlace.text()).contains("Поле «Преемник»: naryn.finance работает в другом муниципалитете");
    assertThat(identityService.createGroupQuery().groupMember("karabalta.coordinator").count()).isEqualTo(1);
    WebappClient.Response self = admin.form("/people/staff/admin/deactivate", "_csrf", token, "successor", "");
    assertThat(self.status()).isEqualTo(400);
    assertThat(self.text()).contains("нельзя деактивировать себя");

    WebappClient.Response handed = admin.form("/people/staff/karabalta.coordinator/deactivate", "_csrf", token,
        "municipality", "karabalta", "successor", "karabalta.coordinator2");
    assertThat(handed.status()).isEqualTo(302);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo("karabalta.coordinator2");
    assertThat(engine.getRuntimeService().getVariable(order.getId(), AssignResponsibleCoordinator.VARIABLE))
        .isEqualTo("karabalta.coordinator2");
    WebappClient successor = new WebappClient(port);
    successor.login("karabalta.coordinator2", PASSWORD);
    assertThat(successor.getEngine("task?assignee=karabalta.coordinator2").json()).hasSize(1);

    WebappClient.Response twice = admin.form("/people/staff/karabalta.coordinator/deactivate", "_csrf", token,
        "municipality", "karabalta", "successor", "");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.text()).contains("karabalta.coordinator уже деактивирован");
  }

  @Test
  void aLeaversOpenSessionsEndAtOnceAndNoOneElsesNorARefusedOrRolledBackDeactivation() {
    municipalities.add(ADMIN, "uzgen", "Өзгөн", "Узген");
    person("uzgen.coordinator", Role.COORDINATOR, "uzgen");
    person("uzgen.coordinator2", Role.COORDINATOR, "uzgen");
    ProcessInstance order = startAs("uzgen.coordinator");
    String theirTasks = "task?assignee=uzgen.coordinator";
    // logged in to Tasklist twice (two browsers), and a colleague beside them
    WebappClient leaver = new WebappClient(port);
    assertThat(leaver.login("uzgen.coordinator", PASSWORD)).isEqualTo(200);
    WebappClient leaversPhone = new WebappClient(port);
    assertThat(leaversPhone.login("uzgen.coordinator", PASSWORD)).isEqualTo(200);
    WebappClient colleague = new WebappClient(port);
    assertThat(colleague.login("uzgen.coordinator2", PASSWORD)).isEqualTo(200);
    assertThat(leaver.getEngine(theirTasks).json()).hasSize(1);
    assertThat(leaversPhone.getEngine(theirTasks).json()).hasSize(1);
    WebappClient admin = administrator();
    String token = token(admin, "/people/staff?municipality=uzgen");

    // a refused deactivation ends nothing
    WebappClient.Response refused = admin.form("/people/staff/uzgen.coordinator/deactivate", "_csrf", token,
        "municipality", "uzgen", "successor", "nobody.here");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("nobody.here");
    assertThat(leaver.getEngine(theirTasks).json()).as("still logged in after a refusal").hasSize(1);
    // nor does one whose transaction rolls back
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      staff.deactivate(ADMIN, "uzgen.coordinator", null);
      status.setRollbackOnly();
    });
    assertThat(identityService.createGroupQuery().groupMember("uzgen.coordinator").count()).isEqualTo(1);
    assertThat(leaver.getEngine(theirTasks).json()).as("still logged in after a rollback").hasSize(1);

    WebappClient.Response deactivated = admin.form("/people/staff/uzgen.coordinator/deactivate", "_csrf", token,
        "municipality", "uzgen", "successor", "");
    assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(302);

    // at once, without waiting for the webapps' re-check: both of their sessions are gone
    WebappClient.Response afterwards = leaver.getEngine(theirTasks);
    assertThat(afterwards.status()).as(afterwards.text()).isEqualTo(401);
    assertThat(leaversPhone.getEngine(theirTasks).status()).isEqualTo(401);
    WebappClient.Response who = leaver.get("/api/admin/auth/user/default");
    assertThat(who.status()).as("Camunda's answer for no one logged in: " + who.text()).isEqualTo(404);
    // the colleague's session and the administrator's own are untouched
    WebappClient.Response colleagues = colleague.getEngine("task?processInstanceId=" + order.getId());
    assertThat(colleagues.status()).isEqualTo(200);
    assertThat(colleagues.json()).as("the task went back to the coordinators' group").hasSize(1);
    assertThat(admin.page("/people/staff?municipality=uzgen").status()).isEqualTo(200);
  }

  @Test
  void ofTwoDeactivationsOfOnePersonAtOnceOneIsRefusedAndNothingIsDoneTwice() throws Exception {
    municipalities.add(ADMIN, "osh", "Ош шаары", "город Ош");
    person("osh.coordinator", Role.COORDINATOR, "osh");
    person("osh.coordinator2", Role.COORDINATOR, "osh");
    ProcessInstance order = startAs("osh.coordinator");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(order.getId()).singleResult();
    WebappClient admin = administrator();
    String token = token(admin, "/people/staff?municipality=osh");
    CountDownLatch firstDone = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = threads.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
        staff.deactivate(ADMIN, "osh.coordinator", null);
        firstDone.countDown();
        await(commitFirst);
      }));
      assertThat(firstDone.await(1, TimeUnit.MINUTES)).isTrue();
      Future<WebappClient.Response> second = threads.submit(() -> admin.form("/people/staff/osh.coordinator/deactivate",
          "_csrf", token, "municipality", "osh", "successor", "osh.coordinator2"));
      waitUntilWaitingToInsertInto("so_person_left", second);
      commitFirst.countDown();
      first.get(1, TimeUnit.MINUTES);
      WebappClient.Response refused = second.get(1, TimeUnit.MINUTES);

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text()).contains("osh.coordinator уже деактивирован");
    } finally {
      commitFirst.countDown();
      threads.shutdownNow();
    }
    // the first's hand-over stands: back to the group, not to the second's successor
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(engine.getTaskService().getTaskComments(task.getId())).hasSize(1);
    assertThat(staff.leftFrom("osh")).singleElement().satisfies(leaver -> {
      assertThat(leaver.successor()).isNull();
      assertThat(leaver.tasksHandedOver()).isEqualTo(1);
    });
  }

  @Test
  void adminAndTheRestApiRefuseAPasswordOurPolicyRefuses() {
    WebappClient admin = new WebappClient(port);
    assertThat(admin.login(ADMIN, PASSWORD, "admin")).isEqualTo(200);

    WebappClient.Response weak = admin.postEngine("user/create", Map.of(
        "profile", Map.of("id", "talas.finance", "firstName", "Нурлан", "lastName", "Асанов"),
        "credentials", Map.of("password", "password1234")));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("message").asText())
        .startsWith("«Сырсөз» талаасы: көп колдонулган").contains("Поле «Пароль»: есть в списке");
    assertThat(identityService.createUserQuery().userId("talas.finance").count()).isZero();
    WebappClient.Response withLogin = admin.postEngine("user/create", Map.of(
        "profile", Map.of("id", "talas.finance", "firstName", "Нурлан", "lastName", "Асанов"),
        "credentials", Map.of("password", "talas.finance-Jibek-91")));
    assertThat(withLogin.status()).isEqualTo(400);
    assertThat(withLogin.json().get("message").asText()).contains("не должен содержать имя пользователя");

    WebappClient.Response strong = admin.postEngine("user/create", Map.of(
        "profile", Map.of("id", "talas.finance", "firstName", "Нурлан", "lastName", "Асанов"),
        "credentials", Map.of("password", PASSWORD)));
    assertThat(strong.status()).isEqualTo(204);
    WebappClient.Response shorter = admin.putEngine("user/talas.finance/credentials",
        Map.of("password", "Kol-91", "authenticatedUserPassword", PASSWORD));
    assertThat(shorter.status()).isEqualTo(400);
    assertThat(shorter.json().get("message").asText()).contains("не короче 12 символов");
    assertThat(identityService.checkPassword("talas.finance", PASSWORD)).as("the password is unchanged").isTrue();

    // what Admin asks while the password is typed
    WebappClient.Response typed = admin.postEngine("identity/password-policy", Map.of("password", "qwerty"));
    assertThat(typed.status()).isEqualTo(200);
    assertThat(typed.json().get("valid").asBoolean()).isFalse();
    assertThat(typed.json().get("rules").get(0).get("placeholder").asText())
        .isEqualTo("Сырсөз: кеминде 12 белги, колдонуучунун аты кирбейт, көп колдонулган же ачыкка чыгып кеткен сырсөз "
            + "болбойт / Пароль: не короче 12 символов, без имени пользователя, не из списка распространённых или "
            + "утёкших паролей");
    assertThat(admin.postEngine("identity/password-policy", Map.of("password", PASSWORD)).json().get("valid")
        .asBoolean()).isTrue();
  }

  private WebappClient administrator() {
    WebappClient admin = new WebappClient(port);
    assertThat(admin.login(ADMIN, PASSWORD, "admin")).isEqualTo(200);
    return admin;
  }

  /** A person of the municipality (none: national) in one role, named Айбек, with {@link #PASSWORD}. */
  private void person(String userId, Role role, String municipality) {
    User user = identityService.newUser(userId);
    user.setFirstName("Айбек");
    user.setLastName(userId);
    user.setEmail(userId + "@example.kg");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, role.groupId());
    if (municipality != null) {
      identityService.createTenantUserMembership(municipality, userId);
    }
  }

  /** A problem selection started by the person, as Tasklist starts it: in their municipality, theirs. */
  private ProcessInstance startAs(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
    identityService.setAuthentication(userId, groups, tenants);
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("problem-selection", Variables.createVariables()
          .putValue("programmeName", "Таза суу").putValue("year", 2026).putValue("budgetEnvelope", 100_000.0)
          .putValue("themesPlanned", 1));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static String token(WebappClient client, String page) {
    return token(client.page(page).text());
  }

  private static String token(String html) {
    Matcher token = CSRF.matcher(html);
    assertThat(token.find()).as(html).isTrue();
    return token.group(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The database tells that the second request's insert into {@code table} is running, waiting for the
   * first's row (a condition, not a pause): the second got past its check before the first committed.
   */
  private void waitUntilWaitingToInsertInto(String table, Future<?> second) throws InterruptedException {
    boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
        c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    String waiting = postgres
        ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into " + table + " %'"
        : "select count(*) from information_schema.sessions where executing_statement like 'insert into " + table + " %'";
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
    while (jdbc.queryForObject(waiting, Integer.class) == 0) {
      assertThat(second.isDone()).as("the second answered before the first committed").isFalse();
      assertThat(Instant.now()).as("the second waiting for the first's row").isBefore(giveUp);
      Thread.sleep(10);
    }
  }

}
