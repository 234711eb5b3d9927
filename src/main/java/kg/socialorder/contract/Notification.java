package kg.socialorder.contract;

/**
 * A message to a person or to the public. The key names the occasion (e.g. the reminder of one
 * due date of one tranche), so the same occasion is never announced twice.
 */
public record Notification(
    String key, String municipality, String kind, String recipient, String subject, String body,
    String processInstanceId) {

  /** Recipient of what is published for everyone. */
  public static final String PUBLIC = "public";
}
