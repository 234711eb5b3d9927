package kg.socialorder.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns violations into the bilingual text a person reads: Kyrgyz first (the municipalities'
 * working language), then Russian. Texts live in {@code messages/validation_ky.properties} and
 * {@code messages/validation_ru.properties}; field labels are the keys {@code field.<name>}.
 */
@Component
public class ValidationMessages {

  public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final MessageSource messageSource;

  public ValidationMessages() {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("messages/validation");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    this.messageSource = bundle;
  }

  /** A new, empty check whose messages come from here. */
  public InputCheck check() {
    return new InputCheck(this);
  }

  public String describe(List<Violation> violations) {
    return violations.stream().map(this::describe).collect(Collectors.joining("\n"));
  }

  public String describe(Violation violation) {
    return in(KYRGYZ, violation) + " / " + in(RUSSIAN, violation);
  }

  private String in(Locale locale, Violation violation) {
    String text = messageSource.getMessage("rule." + violation.code(), violation.args(), locale);
    return messageSource.getMessage("field.format", new Object[] {label(locale, violation.field()), text}, locale);
  }

  /** "problems[2].title" reads as "Problems, row 2: Title". */
  private String label(Locale locale, String field) {
    int open = field.indexOf('[');
    if (open < 0) {
      return messageSource.getMessage("field." + field, null, locale);
    }
    int close = field.indexOf(']', open);
    String list = field.substring(0, open);
    String row = field.substring(open + 1, close);
    String rest = field.substring(close + 1);
    String listLabel = messageSource.getMessage("field." + list, null, locale);
    String rowLabel = messageSource.getMessage("field.row", new Object[] {row}, locale);
    if (rest.isEmpty()) {
      return listLabel + ", " + rowLabel;
    }
    String itemLabel = messageSource.getMessage("field." + list + rest, null, locale);
    return listLabel + ", " + rowLabel + ": " + itemLabel;
  }
}
