package kg.socialorder.people;

import java.time.Instant;
import java.util.List;

/**
 * A person deactivated: their name as it was (history names people by their login; this resolves it),
 * where and in which roles they worked, who deactivated them and when, to whom their open tasks went
 * (null: back to their roles' groups) and how many.
 */
public record Leaver(String userId, String firstName, String lastName, String email, String municipality,
    List<String> roles, Instant deactivatedAt, String deactivatedBy, String successor, int tasksHandedOver) {

  public String name() {
    return StaffMember.name(firstName, lastName, userId);
  }
}
