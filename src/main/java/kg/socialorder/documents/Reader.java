package kg.socialorder.documents;

import java.util.List;
import kg.socialorder.identity.Role;

/** Who is logged in to the webapps and asks for documents: login, groups, municipalities (tenants). */
public record Reader(String userId, List<String> groups, List<String> municipalities) {

  public boolean in(Role role) {
    return groups.contains(role.groupId());
  }

  public boolean administrator() {
    return groups.contains(Role.ADMIN_GROUP);
  }

  /** Supervisors read every municipality's documents and change none. */
  public boolean supervisor() {
    return in(Role.SUPERVISOR) && !administrator();
  }
}
