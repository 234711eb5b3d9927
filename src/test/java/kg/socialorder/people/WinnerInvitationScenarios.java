package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.identity.Role;
import kg.socialorder.mail.DemoMailServer;
import kg.socialorder.mail.MailDelivery;
import kg.socialorder.mail.MailReading;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The winning NGO with no administrator: when the results are published it gets a contractor's login
 * in the municipality from its application's contact and an invitation (read from the real SMTP
 * server); it sets its password and logs in; the coordinator's contract draft has it chosen as the
 * contractor. An NGO that already has a login with that address keeps it and is not invited.
 * Subclasses run them on H2 and PostgreSQL.
 */
abstract class WinnerInvitationScenarios extends WebappTest {

  static final String M = "karakoltown";
  static final String TAX_NUMBER = "02203200610056";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  IdentityService identity;
  @Autowired
  MailDelivery delivery;
  @Autowired
  DemoMailServer server;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void emptyServer() {
    server.start();
    server.purge();
  }

  @Test
  void theWinnerGetsALoginAnInvitationAndIsTheDraftsContractor() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    String address = "Office." + run + "@jashtyk.example.kg";
    win("«Жаштык» КБ " + run, address);

    User ngo = identity.createUserQuery().userEmail(address.toLowerCase()).singleResult();
    assertThat(ngo).isNotNull();
    assertThat(ngo.getId()).isEqualTo("office." + run);
    assertThat(ngo.getFirstName()).isEqualTo("«Жаштык» КБ " + run);
    assertThat(identity.createUserQuery().userId(ngo.getId()).memberOfGroup(Role.CONTRACTOR.groupId())
        .memberOfTenant(M).count()).isEqualTo(1);
    assertThat(identity.getUserInfo(ngo.getId(), StaffAccounts.PHONE)).isEqualTo("+996 555 123 456");

    deliverAll();
    MimeMessage invitation = invitationTo(address.toLowerCase());
    assertThat(MailReading.text(invitation)).contains(ngo.getId(), "Кара-Көл");
    String password = "Жаштар үчүн борбор " + run;
    assertThat(InvitationPage.accept(port, invitation, password)).isEqualTo(200);
    assertThat(new WebappClient(port).login(ngo.getId(), password)).isEqualTo(200);

    // the coordinator's draft: the winner's login is chosen and among the choices
    assertThat(draftContractor(address)).isEqualTo(ngo.getId());
  }

  @Test
  void anNgoWithALoginKeepsItAndIsNotInvitedAgain() {
    String address = "aimira@socialorder.example.kg";
    win("«Аймира» КФ", address.toUpperCase());

    assertThat(identity.createUserQuery().userEmail(address).list()).extracting(User::getId).containsExactly("aimira");
    deliverAll();
    assertThat(server.received()).noneMatch(m -> MailReading.raw(m).contains(address)
        && MailReading.text(m).contains("Ссылка работает один раз"));
    assertThat(draftContractor(address.toUpperCase())).isEqualTo("aimira");
  }

  /** A competition in M that the one application with this contact wins, its results published. */
  private void win(String organisation, String address) {
    CompetitionDriver competitions = new CompetitionDriver(engine, intake);
    ProcessInstance competition = competitions.start(M, 500_000);
    String call = competitions.announce(competition, M, 450_000, TODAY.plusDays(30));
    Map<String, Object> application = new LinkedHashMap<>(competitions.application(organisation, "publicAssociation",
        TAX_NUMBER, 420_000, "Жаштар борбору"));
    application.put("email", address);
    String registration = competitions.submit(call, application).registrationNumber();
    competitions.closeCall(competition);
    competitions.score(competition, List.of(Map.of(registration, 9), Map.of(registration, 8),
        Map.of(registration, 9)), List.of(Set.of(), Set.of(), Set.of()));
    competitions.complete(competition,
        competitions.protocol((String) competitions.variable(competition, "winnerApplicationId"), null));
    competitions.runJobs(competition);
    assertThat(competition).isNotNull();
  }

  /** The contractor the coordinator's draft form shows chosen, read as Tasklist reads it. */
  private String draftContractor(String address) {
    ContractDriver contracts = new ContractDriver(engine);
    ProcessInstance contract = contracts.start(M, 450_000, "НКО", 420_000, address);
    Task draft = contracts.task(contract);
    WebappClient coordinator = loggedIn(M + ".coordinator");
    WebappClient.Response variables = coordinator.getEngine("task/" + draft.getId() + "/form-variables");
    assertThat(variables.status()).as(variables.text()).isEqualTo(200);
    String chosen = variables.json().path("contractorUserId").path("value").asText();
    assertThat(engine.getTaskService().getVariableLocal(draft.getId(), "contractorOptions").toString()).contains(chosen);
    return chosen;
  }

  /** Every message waiting (the call and its results went to many people), round after round. */
  private void deliverAll() {
    while (delivery.deliverDue() > 0) {
      // the next round
    }
  }

  private MimeMessage invitationTo(String address) {
    return server.received().stream()
        .filter(m -> MailReading.raw(m).contains(address) && MailReading.text(m).contains("Ссылка работает один раз"))
        .findFirst().orElseThrow(() -> new AssertionError("no invitation to " + address + " among "
            + server.received().stream().map(m -> MailReading.raw(m).lines().filter(l -> l.startsWith("To:"))
                .findFirst().orElse("?")).toList() + "; outbox: " + jdbc.queryForList(
                "select recipient || ' ' || kind || ' ' || status || ' ' || coalesce(last_error, '') from so_notification "
                    + "where kind = 'invitation'", String.class)));
  }
}
