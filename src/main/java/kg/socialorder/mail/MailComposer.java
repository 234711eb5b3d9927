package kg.socialorder.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a message's plain text and HTML from the templates mail/message.txt and mail/message.html
 * (Thymeleaf: the HTML escapes every value).
 */
@Component
public class MailComposer {

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  public Written write(MailContent content) {
    Context context = new Context();
    context.setVariables(Map.of("mail", content));
    return new Written(content.subject(), text.process("message", context), html.process("message", context));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  public record Written(String subject, String text, String html) {}
}
