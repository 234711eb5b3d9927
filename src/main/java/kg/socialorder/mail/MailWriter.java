package kg.socialorder.mail;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Writes a message into the outbox, in the caller's transaction: to a person (unless they switched
 * its kind off; a person without an address is recorded as such), or to an address that belongs to
 * no login (an NGO's application contact).
 */
@Service
public class MailWriter {

  private final MailOutbox outbox;
  private final MailComposer composer;
  private final MailPeople people;
  private final MailPreferences preferences;
  private final MailLinks links;

  public MailWriter(MailOutbox outbox, MailComposer composer, MailPeople people, MailPreferences preferences,
      MailLinks links) {
    this.outbox = outbox;
    this.composer = composer;
    this.people = people;
    this.preferences = preferences;
    this.links = links;
  }

  /** True if written now (not switched off, not written before). */
  public boolean toPerson(String occasion, String municipality, MailKind kind, String userId, MailContent content,
      String processInstanceId) {
    Optional<MailPeople.Person> person = people.person(userId);
    if (person.isEmpty() || !preferences.wants(userId, kind)) {
      return false;
    }
    MailComposer.Written written = composer.write(content.withSettings(links.settings()));
    return outbox.queue(new OutgoingMail(key(kind, occasion, userId), municipality, kind.code(), userId,
        person.get().email(), written.subject(), written.text(), written.html(), content.link(), processInstanceId));
  }

  /**
   * To a person whose login is being made in the caller's transaction, at the address given: inside
   * an engine command the new account is not yet readable (the engine writes it when the command ends).
   */
  public boolean toNewPerson(String occasion, String municipality, MailKind kind, String userId, String address,
      MailContent content, String processInstanceId) {
    MailComposer.Written written = composer.write(content);
    return outbox.queue(new OutgoingMail(key(kind, occasion, userId), municipality, kind.code(), userId, address,
        written.subject(), written.text(), written.html(), content.link(), processInstanceId));
  }

  /** To an address of no login (recipient column: the address). */
  public boolean toAddress(String occasion, String municipality, MailKind kind, String address, MailContent content,
      String processInstanceId) {
    if (address == null || address.isBlank()) {
      return false;
    }
    MailComposer.Written written = composer.write(content);
    return outbox.queue(new OutgoingMail(key(kind, occasion, address), municipality, kind.code(),
        cut(address.strip(), 64), address.strip(), written.subject(), written.text(), written.html(), content.link(),
        processInstanceId));
  }

  private static String key(MailKind kind, String occasion, String recipient) {
    return cut("mail:" + kind.code() + ":" + occasion + ":" + recipient, 200);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
