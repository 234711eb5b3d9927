package kg.socialorder.validation;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.socialorder.PublicFormat;
import kg.socialorder.engine.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Turns violations into the bilingual text a person reads: Kyrgyz first (the municipalities'
 * working language), then Russian. Texts live in {@code messages/<name>_ky.properties} and
 * {@code messages/<name>_ru.properties}, one pair per process package beside the shared
 * {@code validation} pair; rules are the keys {@code rule.<code>}, field labels {@code field.<name>}.
 */
@Component
public class ValidationMessages implements Bilingual {

  public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private final MessageSource messageSource;

  public ValidationMessages() throws IOException {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasenames(basenames());
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    this.messageSource = bundle;
  }

  /** Every {@code messages/<name>_ky.properties} on the classpath names a bundle. */
  private static String[] basenames() throws IOException {
    Resource[] kyrgyz = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_ky.properties");
    return Arrays.stream(kyrgyz)
        .map(r -> "messages/" + r.getFilename().replaceFirst("_ky\\.properties$", ""))
        .distinct()
        .sorted()
        .toArray(String[]::new);
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

  /** A refusal that concerns no one field: the rule's text in both languages. */
  public String refusal(String code, Object... args) {
    return bilingual("rule." + code, args);
  }

  /** A field's name in both languages, as its messages name it: "Название проекта" for projectTitle. */
  public String fieldName(String field) {
    return label(KYRGYZ, field) + " / " + label(RUSSIAN, field);
  }

  /** The text of {@code key} in Kyrgyz, then Russian, with the same arguments. */
  @Override
  public String bilingual(String key, Object... args) {
    Object[] shown = shown(args);
    return messageSource.getMessage(key, shown, KYRGYZ) + " / " + messageSource.getMessage(key, shown, RUSSIAN);
  }

  private String in(Locale locale, Violation violation) {
    String text = messageSource.getMessage("rule." + violation.code(), shown(violation.args()), locale);
    return messageSource.getMessage("field.format", new Object[] {label(locale, violation.field()), text}, locale);
  }

  /**
   * Arguments as people read them ({@link PublicFormat}): a day as 07.11.2026, money as 400 001, a
   * count or a limit as its digits; never the locale's own number or date style.
   */
  private static Object[] shown(Object[] args) {
    if (args == null) {
      return null;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof LocalDate day) {
        shown[i] = PublicFormat.day(day);
      } else if (arg instanceof BigDecimal amount) {
        shown[i] = PublicFormat.number(amount);
      } else if (arg instanceof Double amount) {
        shown[i] = PublicFormat.number(BigDecimal.valueOf(amount));
      } else if (arg instanceof Number whole) {
        shown[i] = whole.toString();
      } else {
        shown[i] = arg;
      }
    }
    return shown;
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
