package kg.socialorder.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.socialorder.support.EngineTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IdentitySetupTest extends EngineTest {

  @Autowired
  IdentitySetup identitySetup;
  @Autowired
  DemoUsers demoUsers;

  @Test
  void aRestartChangesNothing() {
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    long filters = engine.getFilterService().createFilterQuery().count();
    long users = engine.getIdentityService().createUserQuery().count();
    long memberships = engine.getIdentityService().createUserQuery().memberOfGroup("council").count();

    identitySetup.setUp();
    demoUsers.createDemoUsers();

    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters).isEqualTo(3);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("council").count()).isEqualTo(memberships);
  }

  @Test
  void everyMunicipalityIsATenantWithItsOfficialsAndTheSupervisors() {
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.createTenantQuery().list()).extracting(t -> t.getId())
        .containsExactlyInAnyOrder("kanyshkyya", "omuraliev", "karakoltown", "katran", "karakol");
    assertThat(identity.createTenantQuery().userMember("karakol.coordinator").list())
        .extracting(t -> t.getId()).containsExactly("karakol");
    assertThat(identity.createTenantQuery().userMember("aimira").list())
        .extracting(t -> t.getId()).containsExactly("karakoltown");
    assertThat(identity.createTenantQuery().groupMember("supervisor").count()).isEqualTo(5);
    for (Role role : Role.values()) {
      assertThat(identity.createGroupQuery().groupId(role.groupId()).singleResult().getName()).contains(" / ");
    }
  }

  @Test
  void eachRoleHasWhatItNeedsAndNoMore() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    assertThat(authorizations.isUserAuthorized("karakol.coordinator", List.of("coordinator"),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "problem-selection")).isTrue();
    assertThat(authorizations.isUserAuthorized("karakol.coordinator", List.of("coordinator"),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "contract")).isTrue();
    assertThat(authorizations.isUserAuthorized("karakol.coordinator", List.of("coordinator"),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "tranche")).isFalse();
    for (String official : List.of("karakol.head", "karakol.finance", "karakol.deputy1", "karakol.commission1",
        "karakol.monitor1", "baldargatirek", "supervisor")) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(official).list()
          .stream().map(g -> g.getId()).toList();
      assertThat(authorizations.isUserAuthorized(official, groups,
          Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "problem-selection")).as(official).isFalse();
    }
    List<String> supervisor = List.of("supervisor");
    assertThat(authorizations.isUserAuthorized("supervisor", supervisor, Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized("supervisor", supervisor, Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isFalse();
    assertThat(authorizations.isUserAuthorized("supervisor", supervisor, Permissions.READ_INSTANCE,
        Resources.PROCESS_DEFINITION, "problem-selection")).isTrue();
    for (var change : List.of(Permissions.UPDATE, Permissions.DELETE, Permissions.UPDATE_INSTANCE,
        Permissions.DELETE_INSTANCE)) {
      assertThat(authorizations.isUserAuthorized("supervisor", supervisor, change,
          Resources.PROCESS_DEFINITION, "problem-selection")).as(change.getName()).isFalse();
    }
    assertThat(authorizations.isUserAuthorized("karakol.coordinator", List.of("coordinator"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized("karakol.coordinator", List.of("coordinator"), Permissions.ACCESS,
        Resources.APPLICATION, "admin")).isFalse();
  }

  @Test
  void everyOfficialSeesTheSharedFiltersAndCoordinatorsTheClaimedTasks() {
    for (Filter filter : engine.getFilterService().createFilterQuery().list()) {
      boolean claimed = filter.getName().equals(IdentitySetup.CLAIMED_TASKS);
      for (String group : List.of("coordinator", "head", "finance", "council", "commission", "monitoring", "contractor")) {
        assertThat(engine.getAuthorizationService().isUserAuthorized("someone", List.of(group), Permissions.READ,
            Resources.FILTER, filter.getId())).as(group + " reads " + filter.getName())
            .isEqualTo(!claimed || group.equals("coordinator"));
      }
    }
  }
}
