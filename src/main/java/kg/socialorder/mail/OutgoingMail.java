package kg.socialorder.mail;

/**
 * A message to one person, as the outbox keeps it. The key names the occasion and the person (e.g.
 * the results of one call for one applicant), so the same occasion is never written twice.
 *
 * @param recipient the person's login
 * @param address their e-mail address; null when they have none (recorded as NO_ADDRESS)
 * @param link the page the message leads to
 */
public record OutgoingMail(
    String key, String municipality, String kind, String recipient, String address, String subject,
    String text, String html, String link, String processInstanceId) {}
