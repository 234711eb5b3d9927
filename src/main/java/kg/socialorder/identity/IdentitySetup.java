package kg.socialorder.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Groups per role, tenants per municipality, the authorizations each role needs and nothing more,
 * and the shared Tasklist filters. Runs at every start and changes nothing that is already right,
 * so a restart (or a second node) leaves the identity data as it was.
 */
@Component
public class IdentitySetup {

  /** Processes an official may start from Tasklist. */
  static final List<String> STARTABLE_BY_COORDINATOR = List.of("social-order", "problem-selection", "competition", "contract");

  static final String MY_TASKS = "Менин тапшырмаларым / Мои задачи";
  static final String GROUP_TASKS = "Топтун тапшырмалары / Задачи группы";
  static final String CLAIMED_TASKS = "Алынган тапшырмалар / Задачи в работе";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final SocialOrderProperties properties;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, SocialOrderProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void setUp() {
    for (Role role : Role.values()) {
      ensureGroup(role);
    }
    for (Municipality municipality : properties.municipalities()) {
      setUpMunicipality(municipality);
    }
    grantRoles();
    ensureFilters();
  }

  private void grantRoles() {
    for (Role role : Role.values()) {
      if (role.worksInTasklist()) {
        grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // to see process names on tasks and render start and task forms
        grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      }
    }
    for (String process : STARTABLE_BY_COORDINATOR) {
      grant(Role.COORDINATOR, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
    grant(Role.COORDINATOR, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);

    // supervisors read everything in Cockpit and change nothing
    grant(Role.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Role.SUPERVISOR, Resources.PROCESS_DEFINITION, "*",
        Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(Role.SUPERVISOR, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(Role.SUPERVISOR, Resources.TASK, "*", Permissions.READ);
    grant(Role.SUPERVISOR, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grant(Role.SUPERVISOR, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    grant(Role.SUPERVISOR, Resources.DEPLOYMENT, "*", Permissions.READ);

    // designers deploy from Camunda Modeler through /engine-rest and read what is deployed; no
    // application, task, instance or history permission, so no official's work is visible to them
    grant(Role.DESIGNER, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    grant(Role.DESIGNER, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(Role.DESIGNER, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(Role.DESIGNER, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
  }

  private void ensureFilters() {
    Filter mine = ensureFilter(MY_TASKS, -10, "Мага дайындалган / Назначенные мне",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    // a candidate user query also finds the tasks of the user's groups: one filter serves both the
    // roles and the named people (monitoring group members)
    Filter group = ensureFilter(GROUP_TASKS, -5,
        "Мага же менин тобума сунушталган, алына элек тапшырмалар / Невзятые задачи, предложенные мне или моим группам",
        taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
    // a coordinator sees here the tasks people have claimed, to give one to someone else when its
    // holder is away (engine/ClaimedTaskInterceptor grants the coordinators each claimed task)
    Filter claimed = ensureFilter(CLAIMED_TASKS, 0,
        "Муниципалитетте кимдир бирөө алган тапшырмалар / Задачи муниципалитета, взятые кем-то в работу",
        taskService.createTaskQuery().taskAssigned());
    grant(Role.COORDINATOR, Resources.FILTER, claimed.getId(), Permissions.READ);
    for (Role role : Role.values()) {
      if (role.worksInTasklist()) {
        grant(role, Resources.FILTER, mine.getId(), Permissions.READ);
        grant(role, Resources.FILTER, group.getId(), Permissions.READ);
      }
    }
  }

  /**
   * Creates the filter, or brings one an earlier version created up to date: the earliest due date
   * comes first. Its cards name each task's case from the task's description (tasklist/TaskCards), so
   * the filter lists no variables; the filters of earlier versions listed three.
   */
  private Filter ensureFilter(String name, int priority, String description, TaskQuery query) {
    Map<String, Object> filterProperties = new LinkedHashMap<>();
    filterProperties.put("description", description);
    filterProperties.put("priority", priority);
    filterProperties.put("refresh", true);
    query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null && filterProperties.equals(existing.getProperties())) {
      return existing;
    }
    Filter filter = existing != null ? existing : filterService.newTaskFilter(name);
    filter.setProperties(filterProperties).setQuery(query);
    filterService.saveFilter(filter);
    return filter;
  }

  private void ensureGroup(Role role) {
    Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
    if (group == null) {
      group = identityService.newGroup(role.groupId());
    } else if (role.groupName().equals(group.getName())) {
      return;
    }
    group.setName(role.groupName());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }

  /**
   * A municipality's tenant, which the supervisors belong to and may read (they watch every
   * municipality): made when it is missing; an existing tenant keeps its name, which is the
   * administrator's to change once the municipality exists (people/Municipalities). At start for each
   * configured municipality, and when the administrator adds one, in the caller's transaction.
   */
  public void setUpMunicipality(Municipality municipality) {
    if (identityService.createTenantQuery().tenantId(municipality.id()).count() == 0) {
      Tenant tenant = identityService.newTenant(municipality.id());
      tenant.setName(municipality.displayName());
      identityService.saveTenant(tenant);
    }
    if (identityService.createGroupQuery().groupId(Role.SUPERVISOR.groupId())
        .memberOfTenant(municipality.id()).count() == 0) {
      identityService.createTenantGroupMembership(municipality.id(), Role.SUPERVISOR.groupId());
    }
    grant(Role.SUPERVISOR, Resources.TENANT, municipality.id(), Permissions.READ);
  }

  /** The tenant of a municipality the administrator renamed carries its new name. */
  public void renameMunicipality(Municipality municipality) {
    Tenant tenant = identityService.createTenantQuery().tenantId(municipality.id()).singleResult();
    if (tenant == null) {
      setUpMunicipality(municipality);
    } else if (!municipality.displayName().equals(tenant.getName())) {
      tenant.setName(municipality.displayName());
      identityService.saveTenant(tenant);
    }
  }

  /** Adds the permissions a group lacks on a resource; never removes what an administrator added. */
  void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(role.groupId())
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(role.groupId());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
