package kg.socialorder.dashboard;

import java.util.List;
import java.util.Set;

/**
 * The person logged in to the webapps who asks for a dashboard page or an export: the groups and
 * municipalities Camunda found for them at login.
 */
public record Reader(String userId, Set<String> groups, List<String> municipalities) {

  public Reader {
    groups = Set.copyOf(groups);
    municipalities = List.copyOf(municipalities);
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
