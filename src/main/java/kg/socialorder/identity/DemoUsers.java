package kg.socialorder.identity;

import java.util.ArrayList;
import java.util.List;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins, all with the password {@code demo}: in every municipality one person per official
 * role, three commission and three monitoring-group members, and the NGOs of the real cases as
 * contractors; one supervisor who watches all municipalities; one process designer who deploys from
 * Camunda Modeler. Only in the demo profile. Everyone but the designer has an e-mail address
 * ({@code login@socialorder.example.kg}), where the demo's mail server takes their messages; the
 * designer, who has no tasks, has none and so shows in the administrator's list of people without one.
 */
@Component
@Profile("demo")
public class DemoUsers {

  public static final String PASSWORD = "demo";

  /** The domain of the demo users' e-mail addresses (example.kg: no real mailbox receives them). */
  public static final String MAIL_DOMAIN = "socialorder.example.kg";

  /** The contractors of the real cases ({@code demo.RealCases}); user id, municipality where it works, name. */
  static final List<DemoOrganisation> ORGANISATIONS = List.of(
      new DemoOrganisation("toskurulush", "kanyshkyya", "«ТОС Курулуш» КБ", "ОО «ТОС Курулуш»"),
      new DemoOrganisation("aikol", "omuraliev", "«Айкөл» жарандык демилгелер борбору КБ",
          "ОО «Центр гражданских инициатив Айкөл»"),
      new DemoOrganisation("aimira", "karakoltown", "«Аймира» КФ", "ОФ «Аймира»"),
      new DemoOrganisation("insanleilek", "katran", "«Инсан-Лейлек» КФ", "ОФ «Инсан-Лейлек»"),
      new DemoOrganisation("baldargatirek", "karakol", "«Балдарга тирек» КФ", "ОФ «Балдарга тирек»"),
      new DemoOrganisation("ulukman", "karakol", "«Улукман дарыгер» КБ", "ОО «Улукман дарыгер»"));

  private final IdentityService identityService;
  private final SocialOrderProperties properties;

  public DemoUsers(IdentityService identityService, SocialOrderProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void createDemoUsers() {
    for (Municipality municipality : properties.municipalities()) {
      for (DemoOfficial official : officialsOf(municipality)) {
        ensureUser(official.userId(), official.firstName(), municipality.nameKy(), official.role(), municipality.id());
      }
    }
    for (DemoOrganisation organisation : ORGANISATIONS) {
      if (properties.municipalities().stream().anyMatch(m -> m.id().equals(organisation.municipality()))) {
        // one name in both languages, as Tasklist shows a person's first and last name side by side
        String name = organisation.nameKy() + " / " + organisation.nameRu();
        ensureUser(organisation.userId(), name, "", Role.CONTRACTOR, organisation.municipality());
        renameIfAsBefore(organisation, name);
      }
    }
    ensureUser("supervisor", "Көзөмөлдөөчү / Наблюдатель", "Министерство", Role.SUPERVISOR, null);
    ensureUser("designer", "Долбоорчу / Разработчик", "Camunda Modeler", Role.DESIGNER, null);
  }

  /**
   * An NGO's account made while its Kyrgyz name was the first name and its Russian the last, which
   * Tasklist showed as "«ТОС Курулуш» КБ ОО «ТОС Курулуш»", gets the name it has now; a name the
   * administrator set in Admin is kept.
   */
  private void renameIfAsBefore(DemoOrganisation organisation, String name) {
    User user = identityService.createUserQuery().userId(organisation.userId()).singleResult();
    if (organisation.nameKy().equals(user.getFirstName()) && organisation.nameRu().equals(user.getLastName())) {
      user.setFirstName(name);
      user.setLastName("");
      identityService.saveUser(user);
    }
  }

  /** A demo user made before users had addresses gets one; an address someone set in Admin is kept. */
  private void ensureAddress(User user) {
    if (!"designer".equals(user.getId()) && (user.getEmail() == null || user.getEmail().isBlank())) {
      user.setEmail(user.getId() + "@" + MAIL_DOMAIN);
      identityService.saveUser(user);
    }
  }

  /** Ids like {@code karakol.coordinator}, {@code karakol.deputy1}, {@code karakol.monitor3}. */
  static List<DemoOfficial> officialsOf(Municipality municipality) {
    String m = municipality.id();
    List<DemoOfficial> officials = new ArrayList<>(List.of(
        new DemoOfficial(m + ".coordinator", "Координатор", Role.COORDINATOR),
        new DemoOfficial(m + ".head", "Башчы / Глава", Role.HEAD),
        new DemoOfficial(m + ".finance", "Финансист", Role.FINANCE)));
    for (int i = 1; i <= 2; i++) {
      officials.add(new DemoOfficial(m + ".deputy" + i, "Депутат " + i, Role.COUNCIL));
    }
    for (int i = 1; i <= 3; i++) {
      officials.add(new DemoOfficial(m + ".commission" + i, "Комиссия " + i, Role.COMMISSION));
      officials.add(new DemoOfficial(m + ".monitor" + i, "Мониторинг " + i, Role.MONITORING));
    }
    return officials;
  }

  /**
   * Made with its role and municipality once; a demo user who exists keeps the memberships the
   * administrator left (a person deactivated, a municipality closed: people/) across restarts.
   */
  private void ensureUser(String id, String firstName, String lastName, Role role, String municipality) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, role.groupId());
      if (municipality != null) {
        identityService.createTenantUserMembership(municipality, id);
      }
    }
    ensureAddress(identityService.createUserQuery().userId(id).singleResult());
  }

  record DemoOfficial(String userId, String firstName, Role role) {}

  record DemoOrganisation(String userId, String municipality, String nameKy, String nameRu) {}
}
