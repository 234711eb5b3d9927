package kg.socialorder.mail;

import java.util.List;

/**
 * What a message says, in Kyrgyz and in Russian, with the page it leads to; {@link MailComposer}
 * writes it as plain text and HTML.
 *
 * @param items lines with a link each (the tasks of a digest); may be empty
 * @param link the page the message leads to
 * @param settingsLink where the person switches kinds off; null for a message to an address only
 */
public record MailContent(
    String subjectKy, String subjectRu, List<String> ky, List<String> ru, List<Item> items, String link,
    String linkLabel, String settingsLink) {

  public MailContent {
    ky = List.copyOf(ky);
    ru = List.copyOf(ru);
    items = List.copyOf(items);
  }

  public String subject() {
    return subjectKy + " / " + subjectRu;
  }

  /** The same message with the person's settings page linked. */
  MailContent withSettings(String settings) {
    return new MailContent(subjectKy, subjectRu, ky, ru, items, link, linkLabel, settings);
  }

  public record Item(String text, String link) {}
}
