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
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.identity.Role;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
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

  private final ValidationMessages messages;
  private final UserDirectory users;

  public ValidateMonitoringGroup(ValidationMessages messages, UserDirectory users) {
    this.messages = messages;
    this.users = users;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    List<Map<String, Object>> rows = check.records(MONITORING_GROUP, task.getVariable(MONITORING_GROUP), true);
    List<MonitoringMember> members = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> userIds = new HashSet<>();
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
        name = UserDirectory.displayName(user.get());
      }
      if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
        check.reject(row + ".name", "memberTwice");
      }
      String category = check.choice(row + ".category", values.get("category"), true, MEMBER_CATEGORY_CODES);
      boolean chair = check.flag(row + ".chair", values.get("chair"));
      members.add(new MonitoringMember(name, user.isPresent() ? userId : null, category, chair));
    }
    if (!rows.isEmpty()) {
      checkComposition(check, members);
    }
    check.throwIfInvalid();

    task.setVariable(MONITORING_GROUP, JsonVariables.json(members));
    task.setVariable(MONITORING_USER_IDS, members.stream()
        .map(MonitoringMember::userId).filter(id -> id != null).collect(Collectors.joining(",")));
  }

  private static void checkComposition(InputCheck check, List<MonitoringMember> members) {
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
    if (members.stream().allMatch(m -> m.userId() == null)) {
      check.reject(MONITORING_GROUP, "noMemberWithLogin");
    }
  }
}
