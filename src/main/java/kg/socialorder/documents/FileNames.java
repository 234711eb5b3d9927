package kg.socialorder.documents;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The name a file is kept and served under. A name that tries to be a path ({@code ../}, a slash or
 * backslash, a drive) or carries control characters is refused, since no browser sends one; any
 * other is kept as the person sees it (NFC), with the characters that mean something to a file
 * system or a header replaced, and cut to {@value #MAX_LENGTH} characters, keeping the extension.
 */
public final class FileNames {

  static final int MAX_LENGTH = 150;

  private FileNames() {}

  /** Why the name is refused (a rule code), or empty when it may be kept. */
  public static Optional<String> refusal(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("fileNameMissing");
    }
    if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
        || Character.getType(c) == Character.FORMAT)) {
      return Optional.of("fileNameControl");
    }
    if (name.contains("/") || name.contains("\\") || name.contains("..") || name.matches("^[A-Za-z]:.*")) {
      return Optional.of("fileNamePath");
    }
    return Optional.empty();
  }

  /** The name to keep, for a name {@link #refusal} accepts. */
  public static String sanitised(String name) {
    String clean = Normalizer.normalize(name.strip(), Normalizer.Form.NFC)
        .replaceAll("[<>:\"|?*;%]", "_")
        .replaceAll("\\s+", " ");
    while (clean.startsWith(".")) {
      clean = "_" + clean.substring(1);
    }
    if (clean.length() <= MAX_LENGTH) {
      return clean;
    }
    int dot = clean.lastIndexOf('.');
    String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
    return clean.substring(0, MAX_LENGTH - extension.length()) + extension;
  }

  /** A name shown inside a message: control characters made visible, never longer than a line. */
  public static String shown(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    name.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        shown.append(String.format("\\u%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.length() > 80 ? shown.substring(0, 79) + "…" : shown.toString();
  }
}
