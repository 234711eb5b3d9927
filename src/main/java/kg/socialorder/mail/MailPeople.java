package kg.socialorder.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.socialorder.PersonName;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The people messages go to, with their addresses, from the engine's users (Admin keeps them). */
@Component
public class MailPeople {

  private final IdentityService identity;

  public MailPeople(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<Person> person(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return Optional.ofNullable(user).map(MailPeople::person);
  }

  /**
   * The members of a group who work in a municipality (those of a group that watches every
   * municipality, the supervisors, are not sent the municipality's work).
   */
  public List<Person> members(String groupId, String municipality) {
    var query = identity.createUserQuery().memberOfGroup(groupId);
    if (municipality != null) {
      query = query.memberOfTenant(municipality);
    }
    return query.orderByUserId().asc().list().stream().map(MailPeople::person).toList();
  }

  /** Everyone, by login, who has no e-mail address. */
  public List<Person> withoutAddress() {
    List<Person> missing = new ArrayList<>();
    for (User user : identity.createUserQuery().orderByUserId().asc().list()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        missing.add(person(user));
      }
    }
    return missing;
  }

  /** The people of a task's assignee, candidate users and candidate groups (in its municipality), once each. */
  public List<Person> ofTask(String assignee, List<String> candidateUsers, List<String> candidateGroups,
      String municipality) {
    Map<String, Person> people = new LinkedHashMap<>();
    if (assignee != null) {
      person(assignee).ifPresent(p -> people.put(p.id(), p));
    } else {
      candidateUsers.forEach(id -> person(id).ifPresent(p -> people.putIfAbsent(p.id(), p)));
      candidateGroups.forEach(group -> members(group, municipality).forEach(p -> people.putIfAbsent(p.id(), p)));
    }
    List<Person> list = new ArrayList<>(people.values());
    list.sort(Comparator.comparing(Person::id));
    return list;
  }

  private static Person person(User user) {
    String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
    return new Person(user.getId(), PersonName.of(user), email);
  }

  public record Person(String id, String name, String email) {}
}
