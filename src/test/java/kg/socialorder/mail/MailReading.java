package kg.socialorder.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a delivered message as its reader does: the plain text, the HTML, and the link it leads to. */
public final class MailReading {

  private MailReading() {}

  public static String raw(MimeMessage message) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(MimeMessage message) {
    return part(message, "text/plain");
  }

  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  /** The first link of the HTML part. */
  public static String link(MimeMessage message) {
    Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(html(message));
    if (!href.find()) {
      throw new AssertionError("no link in " + html(message));
    }
    return href.group(1).replace("&amp;", "&");
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = part(body, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
