package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A text of the open data in its two languages, written as OCDS's language convention has it: the
 * field in the release's language (Kyrgyz) and its Russian variant in the same field with the suffix
 * {@code _ru} ({@code title}, {@code title_ru}), never both in one string.
 *
 * <p>What people typed arrives as they typed it: the forms ask for "Кыргызча / Русский", so a value
 * with " / " between two texts is split there; a value in one language is that text in both.
 *
 * @param ky the Kyrgyz text
 * @param ru the Russian text
 */
record Text(String ky, String ru) {

  private static final String SEPARATOR = " / ";

  /** A text the application writes, in both languages. */
  static Text of(String ky, String ru) {
    return new Text(ky, ru);
  }

  /** A value as a person entered it (null stays null). */
  static Text entered(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString();
    int separator = text.indexOf(SEPARATOR);
    if (separator > 0 && separator + SEPARATOR.length() < text.length()) {
      return new Text(text.substring(0, separator).strip(), text.substring(separator + SEPARATOR.length()).strip());
    }
    return new Text(text, text);
  }

  /** The same text in both languages (a number, a code, a name without translation). */
  static Text same(String text) {
    return new Text(text, text);
  }

  /** This text followed by another. */
  Text plus(Text more) {
    return more == null ? this : new Text(ky + more.ky, ru + more.ru);
  }

  Text plus(String more) {
    return plus(same(more));
  }

  /** Non-empty parts, one sentence after another, in each language. */
  static Text join(Text... parts) {
    Text[] present = Arrays.stream(parts).filter(Objects::nonNull).toArray(Text[]::new);
    return new Text(Arrays.stream(present).map(Text::ky).collect(Collectors.joining(". ")),
        Arrays.stream(present).map(Text::ru).collect(Collectors.joining(". ")));
  }

  /** A label and its value: "Максаты: …" and "Цель: …". */
  static Text labelled(String ky, String ru, Text value) {
    return value == null ? null : new Text(ky + ": " + value.ky, ru + ": " + value.ru);
  }

  /** Writes {@code field} in Kyrgyz and {@code field_ru} in Russian (omitted when it would repeat the field). */
  void put(ObjectNode node, String field) {
    node.put(field, ky);
    if (ru != null && !ru.equals(ky)) {
      node.put(field + "_ru", ru);
    }
  }
}
