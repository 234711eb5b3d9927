package kg.socialorder.people;

import static kg.socialorder.contract.ContractDriver.tranche;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.identity.Role;
import kg.socialorder.mail.DemoMailServer;
import kg.socialorder.mail.MailDelivery;
import kg.socialorder.mail.MailReading;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator names members of the monitoring group by e-mail in the group's form, through
 * Tasklist's API: a new member gets a login of the municipality with the monitoring group and an
 * invitation (read from the real SMTP server), and the group's tasks; a deputy of the municipality
 * keeps their login and gains the group; another municipality's person is refused naming the field,
 * and nothing is made. Subclasses run them on H2 and PostgreSQL.
 */
abstract class MemberInvitationScenarios extends WebappTest {

  static final String M = "omuraliev";

  @Autowired
  IdentityService identity;
  @Autowired
  MailDelivery delivery;
  @Autowired
  DemoMailServer server;
  @Autowired
  ApplicationIntake intake;

  @BeforeEach
  void emptyServer() {
    server.start();
    server.purge();
  }

  @Test
  void membersNamedByEmailGetALoginAnInvitationAndTheGroupsTasks() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String newcomer = "Gulnara." + run + "@omuraliev.example.kg";
    Task group = groupTask();
    WebappClient coordinator = loggedIn(M + ".coordinator");

    // another municipality's person: refused, naming the field, nothing made
    WebappClient.Response refused = submit(coordinator, group, List.of(
        member("Гүлнара Сыдыкова", null, newcomer, "communityLeader", true),
        member("Чет Адам", null, "karakol.monitor1@socialorder.example.kg", "other", false),
        member(null, M + ".monitor1", null, "municipalitySpecialist", false)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Электронная почта", "принадлежит сотруднику другого муниципалитета");
    assertThat(identity.createUserQuery().userEmail(newcomer.toLowerCase()).count()).isZero();

    WebappClient.Response done = submit(coordinator, group, List.of(
        member("Гүлнара Сыдыкова", null, newcomer, "communityLeader", true),
        member("Депутат", null, M + ".deputy1@socialorder.example.kg", "councilDeputy", false),
        member(null, M + ".monitor1", null, "municipalitySpecialist", false)));
    assertThat(done.status()).as(done.text()).isEqualTo(204);

    User member = identity.createUserQuery().userEmail(newcomer.toLowerCase()).singleResult();
    assertThat(member.getId()).isEqualTo("gulnara." + run);
    assertThat(identity.createUserQuery().userId(member.getId()).memberOfGroup(Role.MONITORING.groupId())
        .memberOfTenant(M).count()).isEqualTo(1);
    assertThat(identity.createTenantQuery().userMember(member.getId()).list()).extracting(Tenant::getId)
        .containsExactly(M);
    assertThat(identity.createUserQuery().userId(M + ".deputy1").memberOfGroup(Role.MONITORING.groupId()).count())
        .isEqualTo(1);
    assertThat((String) engine.getRuntimeService().getVariable(group.getProcessInstanceId(), "monitoringUserIds"))
        .contains(member.getId(), M + ".deputy1", M + ".monitor1");
    assertThat(identity.createTenantQuery().userMember("karakol.monitor1").list()).extracting(Tenant::getId)
        .containsExactly("karakol");

    delivery.deliverDue();
    MimeMessage invitation = server.received().stream()
        .filter(m -> MailReading.raw(m).contains(newcomer.toLowerCase())).findFirst().orElseThrow();
    assertThat(MailReading.text(invitation)).contains(member.getId(), "Ссылка работает один раз");
    assertThat(server.received()).noneMatch(m -> MailReading.raw(m).contains(M + ".deputy1@"));
  }

  @Test
  void commissionMembersInvitedFromTheCallsFormScoreItsApplications() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String newcomer = "Erlan." + run + "@omuraliev.example.kg";
    CompetitionDriver competitions = new CompetitionDriver(engine, intake);
    ProcessInstance competition = competitions.start(M, 500_000);
    Task prepare = competitions.task(competition);
    WebappClient coordinator = loggedIn(M + ".coordinator");
    VariableMap call = competitions.call(competition, M, 450_000, TODAY.plusDays(30));

    call.putValueTyped("commissionMembers", JsonVariables.json(List.of(M + ".commission1", M + ".commission2")));
    call.putValueTyped("commissionInvitees", JsonVariables.json(List.of(
        Map.of("name", "Эрлан Абдыкадыров", "email", newcomer),
        Map.of("name", "Чет Адам", "email", "karakol.commission1@socialorder.example.kg"))));
    WebappClient.Response refused = coordinator.postEngine("task/" + prepare.getId() + "/submit-form",
        Map.of("variables", WebappClient.asTasklistSends(call)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Новые члены комиссии", "принадлежит сотруднику другого муниципалитета");
    assertThat(identity.createUserQuery().userEmail(newcomer.toLowerCase()).count()).isZero();

    call.putValueTyped("commissionInvitees", JsonVariables.json(List.of(
        Map.of("name", "Эрлан Абдыкадыров", "email", newcomer))));
    WebappClient.Response done = coordinator.postEngine("task/" + prepare.getId() + "/submit-form",
        Map.of("variables", WebappClient.asTasklistSends(call)));
    assertThat(done.status()).as(done.text()).isEqualTo(204);

    User member = identity.createUserQuery().userEmail(newcomer.toLowerCase()).singleResult();
    assertThat(member.getId()).isEqualTo("erlan." + run);
    assertThat(identity.createUserQuery().userId(member.getId()).memberOfGroup(Role.COMMISSION.groupId())
        .memberOfTenant(M).count()).isEqualTo(1);
    assertThat(competitions.jsonVariable(competition, "commissionMembers").toString()).contains(member.getId());
    delivery.deliverDue();
    assertThat(server.received()).anyMatch(m -> MailReading.raw(m).contains(newcomer.toLowerCase())
        && MailReading.text(m).contains("Ссылка работает один раз"));
  }

  /** A contract of M signed by both sides: the coordinator's group form is open. */
  private Task groupTask() {
    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance contract = contracts.start(M, 300_000, "«Айкөл» КБ", 300_000);
    contracts.complete(contract, contracts.draft("№" + UUID.randomUUID().toString().substring(0, 8), 300_000,
        "2026-03-10", "2026-12-31", "aikol", List.of(tranche(300_000, "2026-03-15", "2026-06-30"))));
    contracts.complete(contract, contracts.sign());
    contracts.complete(contract, contracts.headSignature());
    Task task = contracts.task(contract);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("FormMonitoringGroup");
    return task;
  }

  private static Map<String, Object> member(String name, String userId, String email, String category, boolean chair) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", name);
    row.put("userId", userId);
    row.put("email", email);
    row.put("category", category);
    row.put("chair", chair);
    return row;
  }

  private static WebappClient.Response submit(WebappClient coordinator, Task task, List<Map<String, Object>> members) {
    return coordinator.postEngine("task/" + task.getId() + "/submit-form", Map.of("variables",
        WebappClient.asTasklistSends(Variables.createVariables().putValueTyped("monitoringGroup",
            JsonVariables.json(members)))));
  }
}
