package kg.socialorder.people;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kg.socialorder.mail.MailReading;
import kg.socialorder.support.HttpCalls;

/** The invitation's password page as the invited person uses it: its form posted with the link's token. */
final class InvitationPage {

  private InvitationPage() {
  }

  static HttpResponse<String> setPassword(int port, String token, String password, String repeated) {
    String form = "token=" + encode(token) + "&password=" + encode(password) + "&passwordRepeated=" + encode(repeated);
    return HttpCalls.send(HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/people/invitation"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Follows the invitation's link and sets the password; the page's status. */
  static int accept(int port, MimeMessage invitation, String password) {
    String link = URI.create(MailReading.link(invitation)).getPath();
    return setPassword(port, link.substring(link.lastIndexOf('/') + 1), password, password).statusCode();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
