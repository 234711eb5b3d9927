package kg.socialorder.people;

import java.util.List;
import kg.socialorder.identity.Role;

/** A person with access: their login, name, address and the procedure's roles they hold. */
public record StaffMember(String userId, String firstName, String lastName, String email, List<Role> roles) {

  public String name() {
    return name(firstName, lastName, userId);
  }

  /** "Айбек Осмонов", or the login when Admin has no name for them. */
  static String name(String firstName, String lastName, String userId) {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    return name.isEmpty() ? userId : name;
  }
}
