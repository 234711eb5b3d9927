package kg.socialorder.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** The pages messages lead to, under {@code social-order.mail.base-url}. */
@Component
public class MailLinks {

  private final String base;

  public MailLinks(MailProperties properties) {
    this.base = properties.baseUrl();
  }

  public String task(String taskId) {
    return base + "/camunda/app/tasklist/default/#/?task=" + encode(taskId);
  }

  public String tasklist() {
    return base + "/camunda/app/tasklist/default/";
  }

  public String call(String callNumber) {
    return base + "/portal/calls/" + encode(callNumber);
  }

  public String results(String callNumber) {
    return base + "/portal/calls/" + encode(callNumber) + "/results";
  }

  public String changeApplication(String callNumber) {
    return base + "/portal/calls/" + encode(callNumber) + "/change";
  }

  public String registry() {
    return base + "/portal/registry";
  }

  public String settings() {
    return base + "/mail/settings";
  }

  /** The page where an invited person sets their password (the token is the link's secret). */
  public String invitation(String token) {
    return base + "/people/invitation/" + token;
  }

  public String calendar(String secret) {
    return base + "/mail/calendar/" + secret + ".ics";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
