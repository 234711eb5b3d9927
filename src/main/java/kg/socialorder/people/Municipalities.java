package kg.socialorder.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import kg.socialorder.identity.IdentitySetup;
import kg.socialorder.identity.OpenSessions;
import kg.socialorder.identity.Role;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The municipalities while the application runs: the administrator adds, renames and closes them;
 * each change is one transaction with the tenant, the supervisors' membership and their authorization
 * ({@link IdentitySetup#setUpMunicipality}), so nothing is half-made and no restart is needed.
 * Configuration seeds the municipalities it names at first start; from then on they are the
 * administrator's. A closed municipality keeps its tenant, cases and history (supervisors read them in
 * Cockpit, the dashboard and the portal), while its people lose their membership: no new work starts
 * there and no one works on its tasks.
 */
@Service
public class Municipalities {

  /** Who added the municipalities configuration named at first start. */
  static final String CONFIGURATION = "configuration";
  /** A tenant id (Camunda's tenant ids are letters and digits) that reads well in business keys. */
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,29}");
  private static final int MAX_NAME = 300;

  private final MunicipalityRegister register;
  private final IdentitySetup identitySetup;
  private final IdentityService identityService;
  private final ValidationMessages messages;
  private final Refusals refusals;
  private final SocialOrderProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final KeptMunicipalityNames names;
  private final OpenSessions openSessions;

  public Municipalities(MunicipalityRegister register, IdentitySetup identitySetup, IdentityService identityService,
      ValidationMessages messages, Refusals refusals, SocialOrderProperties properties, PlatformTransactionManager transactionManager,
      Clock clock, KeptMunicipalityNames names, OpenSessions openSessions) {
    this.register = register;
    this.identitySetup = identitySetup;
    this.identityService = identityService;
    this.messages = messages;
    this.refusals = refusals;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.names = names;
    this.openSessions = openSessions;
  }

  /**
   * Each configured municipality not yet kept is kept as configured (its tenant is already made by
   * {@link IdentitySetup}); one already kept stays as the administrator left it, renamed or closed.
   */
  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void seedFromConfiguration() {
    for (Municipality municipality : properties.municipalities()) {
      if (!register.exists(municipality.id())) {
        try {
          transaction.executeWithoutResult(status -> {
            register.insert(municipality.id(), municipality.nameKy(), municipality.nameRu(), clock.instant(),
                CONFIGURATION);
            identitySetup.setUpMunicipality(municipality);
          });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
          // kept by another node starting at the same time
        }
      }
    }
    names.changed();
  }

  public List<RegisteredMunicipality> all() {
    return register.all();
  }

  public Optional<RegisteredMunicipality> find(String id) {
    return id == null ? Optional.empty() : register.find(id);
  }

  /** Adds a municipality with its tenant; refused, naming the field, when the id is taken or a name is wrong. */
  public RegisteredMunicipality add(String administrator, String rawId, String rawNameKy, String rawNameRu) {
    InputCheck check = messages.check();
    String id = check.text("municipalityId", rawId, true);
    if (id != null && !ID.matcher(id).matches()) {
      check.reject("municipalityId", "municipalityIdFormat");
    }
    String nameKy = name(check, "municipalityNameKy", rawNameKy);
    String nameRu = name(check, "municipalityNameRu", rawNameRu);
    check.throwIfInvalid();
    if (register.exists(id) || identityService.createTenantQuery().tenantId(id).count() > 0) {
      throw taken(id);
    }
    try {
      transaction.executeWithoutResult(status -> {
        // the row first: of two additions of one id, the second waits here on the first's key
        register.insert(id, nameKy, nameRu, clock.instant(), administrator);
        identitySetup.setUpMunicipality(new Municipality(id, nameKy, nameRu));
      });
    } catch (DuplicateKeyException addedMeanwhile) {
      throw taken(id);
    }
    names.changed();
    return register.find(id).orElseThrow();
  }

  /** Renames an open municipality and its tenant. */
  public RegisteredMunicipality rename(String administrator, String id, String rawNameKy, String rawNameRu) {
    InputCheck check = messages.check();
    String nameKy = name(check, "municipalityNameKy", rawNameKy);
    String nameRu = name(check, "municipalityNameRu", rawNameRu);
    check.throwIfInvalid();
    open(id);
    transaction.executeWithoutResult(status -> {
      if (!register.rename(id, nameKy, nameRu, clock.instant(), administrator)) {
        throw closed(id);
      }
      identitySetup.renameMunicipality(new Municipality(id, nameKy, nameRu));
    });
    names.changed();
    return register.find(id).orElseThrow();
  }

  /**
   * Closes an open municipality: its people lose their membership of it (the supervisors' stays), so
   * they neither start nor work on anything there, and their webapp sessions on this node end once it
   * has committed, so that their next login reads what is left to them; its tenant, cases and history
   * stay. Returns how many people lost their membership.
   */
  public int close(String administrator, String id) {
    open(id);
    int lostAccess = transaction.execute(status -> {
      if (!register.close(id, clock.instant(), administrator)) {
        throw closed(id);
      }
      List<User> people = identityService.createUserQuery().memberOfTenant(id).list();
      for (User person : people) {
        identityService.deleteTenantUserMembership(id, person.getId());
      }
      openSessions.endOnCommit(people.stream().map(User::getId).toList());
      for (Group group : identityService.createGroupQuery().memberOfTenant(id).list()) {
        if (!Role.SUPERVISOR.groupId().equals(group.getId())) {
          identityService.deleteTenantGroupMembership(id, group.getId());
        }
      }
      return people.size();
    });
    names.changed();
    return lostAccess;
  }

  private void open(String id) {
    RegisteredMunicipality municipality = find(id).orElseThrow(() -> refused("municipalityId", "municipalityUnknown"));
    if (municipality.closed()) {
      throw closed(id);
    }
  }

  private String name(InputCheck check, String field, String raw) {
    String name = check.text(field, raw, true);
    if (name != null && name.length() > MAX_NAME) {
      check.reject(field, "tooLong", MAX_NAME);
    }
    return name;
  }

  private RuntimeException taken(String id) {
    return refused("municipalityId", "municipalityExists", id);
  }

  private RuntimeException closed(String id) {
    return refused("municipalityId", "municipalityClosed", id);
  }

  private RuntimeException refused(String field, String code, Object... args) {
    return refusals.of(field, code, args);
  }

}
