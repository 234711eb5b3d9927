package kg.socialorder.people;

import java.util.Set;
import kg.socialorder.identity.Role;
import kg.socialorder.identity.WebappUser;
import org.springframework.stereotype.Component;

/**
 * Who may import staff, and for where: the administrator for every municipality and every role; a
 * municipality's coordinator (unless {@code social-order.people.coordinators-import} is false) for
 * their own municipality only, and not the ministry's roles (supervisors, designers). Nobody else.
 */
@Component
class ImportAccess {

  private final PeopleProperties properties;

  ImportAccess(PeopleProperties properties) {
    this.properties = properties;
  }

  /** The importer's scope; {@link Refused} when they may not import at all. */
  Scope of(WebappUser user) {
    if (user.administrator()) {
      return new Scope(true, Set.of());
    }
    if (properties.coordinatorsImport() && user.in(Role.COORDINATOR) && !user.municipalities().isEmpty()) {
      return new Scope(false, Set.copyOf(user.municipalities()));
    }
    throw new Refused();
  }

  /**
   * @param everywhere any municipality and the ministry's roles
   * @param municipalities otherwise, these municipalities only
   */
  record Scope(boolean everywhere, Set<String> municipalities) {

    boolean covers(String municipality) {
      return everywhere || municipalities.contains(municipality);
    }

    boolean grants(Role role) {
      return everywhere || (role != Role.SUPERVISOR && role != Role.DESIGNER);
    }
  }

  /** Logged in, but not one who imports staff: answered 403. */
  static class Refused extends RuntimeException {
    Refused() {
      super("Not an importer", null, false, false);
    }
  }
}
