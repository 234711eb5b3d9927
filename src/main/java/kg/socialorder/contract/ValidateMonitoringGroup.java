package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.CATEGORY_MUNICIPALITY_SPECIALIST;
import static kg.socialorder.contract.ContractVariables.MEMBER_CATEGORY_CODES;
import static kg.socialorder.contract.ContractVariables.MONITORING_GROUP;
import static kg.socialorder.contract.ContractVariables.MONITORING_USER_IDS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.PersonName;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.identity.AddressOwners;
import kg.socialorder.identity.MembersNamed;
import kg.socialorder.identity.Role;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The joint monitoring and evaluation group: at least three people, one chair, at least one
 * municipality specialist and at least one member from outside the administration. Members with a
 * login must be monitoring-group users of this municipality; at least one needs a login, since the
 * group's tasks go to those members.
 */
@Component("validateMonitoringGroup")
public class ValidateMonitoringGroup implements TaskListener {

  static final int MIN_MEMBERS = 3;
  static final int MAX_MEMBERS = 30;

  /** Addresses as the portal's applications accept them. */
  static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private final ValidationMessages messages;
  private final UserDirectory users;
  private final AddressOwners owners;
  private final ApplicationEventPublisher events;

  public ValidateMonitoringGroup(ValidationMessages messages, UserDirectory users, AddressOwners owners,
      ApplicationEventPublisher events) {
    this.messages = messages;
    this.users = users;
    this.owners = owners;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    List<Map<String, Object>> rows = check.records(MONITORING_GROUP, task.getVariable(MONITORING_GROUP), true);
    List<MonitoringMember> members = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> userIds = new HashSet<>();
    Map<Integer, String> emails = new java.util.LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = MONITORING_GROUP + "[" + (i + 1) + "]";
      Map<String, Object> values = rows.get(i);
      String userId = check.text(row + ".userId", values.get("userId"), false);
      Optional<User> user = Optional.empty();
      if (userId != null) {
        user = users.member(userId, Role.MONITORING.groupId(), task.getTenantId());
        if (user.isEmpty()) {
          check.reject(row + ".userId", "notAMonitorHere", userId);
        } else if (!userIds.add(userId)) {
          check.reject(row + ".userId", "memberTwice");
        }
      }
      String name = check.text(row + ".name", values.get("name"), userId == null);
      if (name == null && user.isPresent()) {
        name = PersonName.of(user.get());
      }
      if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
        check.reject(row + ".name", "memberTwice");
      }
      String email = check.text(row + ".email", values.get("email"), false);
      if (email != null && userId == null) {
        if (!EMAIL.matcher(email).matches()) {
          check.reject(row + ".email", "emailFormat");
        } else if (owners.belongsElsewhere(email, task.getTenantId())) {
          check.reject(row + ".email", "emailOfAnotherMunicipality");
        } else if (emails.containsValue(email.toLowerCase(Locale.ROOT))) {
          check.reject(row + ".email", "memberTwice");
        } else {
          emails.put(i, email.toLowerCase(Locale.ROOT));
        }
      }
      String category = check.choice(row + ".category", values.get("category"), true, MEMBER_CATEGORY_CODES);
      boolean chair = check.flag(row + ".chair", values.get("chair"));
      members.add(new MonitoringMember(name, user.isPresent() ? userId : null, category, chair));
    }
    if (!rows.isEmpty()) {
      checkComposition(check, members, !emails.isEmpty());
    }
    check.throwIfInvalid();

    if (!emails.isEmpty()) {
      MembersNamed named = new MembersNamed(Role.MONITORING, task.getTenantId(),
          java.util.Objects.requireNonNullElse(Actors.of(task), "process"), emails.entrySet().stream()
              .map(e -> new MembersNamed.Named(members.get(e.getKey()).name(), e.getValue())).toList());
      events.publishEvent(named);
      emails.forEach((i, email) -> named.login(email).ifPresent(login -> {
        MonitoringMember member = members.get(i);
        members.set(i, new MonitoringMember(member.name(), login, member.category(), member.chair()));
      }));
    }

    task.setVariable(MONITORING_GROUP, JsonVariables.json(members));
    task.setVariable(MONITORING_USER_IDS, members.stream()
        .map(MonitoringMember::userId).filter(id -> id != null).collect(Collectors.joining(",")));
  }

  private static void checkComposition(InputCheck check, List<MonitoringMember> members, boolean invited) {
    if (members.size() < MIN_MEMBERS) {
      check.reject(MONITORING_GROUP, "tooFewMembers", MIN_MEMBERS);
    }
    if (members.size() > MAX_MEMBERS) {
      check.reject(MONITORING_GROUP, "tooMany", MAX_MEMBERS);
    }
    if (members.stream().noneMatch(m -> CATEGORY_MUNICIPALITY_SPECIALIST.equals(m.category()))) {
      check.reject(MONITORING_GROUP, "noMunicipalitySpecialist");
    }
    if (members.stream().noneMatch(m -> m.category() != null && !CATEGORY_MUNICIPALITY_SPECIALIST.equals(m.category()))) {
      check.reject(MONITORING_GROUP, "noMemberFromOutside");
    }
    if (members.stream().filter(MonitoringMember::chair).count() != 1) {
      check.reject(MONITORING_GROUP, "exactlyOneChair");
    }
    if (members.stream().allMatch(m -> m.userId() == null) && !invited) {
      check.reject(MONITORING_GROUP, "noMemberWithLogin");
    }
  }
}
