package kg.socialorder.mail;

/** Where a message is on its way (column status of so_notification; null for what is not mail). */
public enum MailStatus {
  /** Waits for its next attempt. */
  PENDING,
  /** Claimed by one node, which is sending it. */
  SENDING,
  SENT,
  /** Refused by the server for good, or the attempts ran out: last_error says why. */
  FAILED,
  /** The person has no e-mail address: the administrator sees them listed. */
  NO_ADDRESS
}
