package kg.socialorder.dashboard;

import java.util.Collections;
import java.util.List;

/**
 * Which municipalities a reader's figures cover: every one (a supervisor) or the listed ones (an
 * official's own). Each query adds the condition through {@link #where}.
 */
public record Scope(List<String> municipalities) {

  public static final Scope ALL = new Scope(null);

  public Scope {
    municipalities = municipalities == null ? null : List.copyOf(municipalities);
  }

  public static Scope of(List<String> municipalities) {
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("A scope of no municipality shows nothing; refuse the reader instead");
    }
    return new Scope(municipalities);
  }

  public boolean all() {
    return municipalities == null;
  }

  public boolean covers(String municipality) {
    return all() || municipalities.contains(municipality);
  }

  /** " where column in (?, …)", or nothing for every municipality. */
  String where(String column) {
    return all() ? "" : " where " + column + " in (" + String.join(", ", Collections.nCopies(municipalities.size(), "?")) + ")";
  }

  Object[] arguments() {
    return all() ? new Object[0] : municipalities.toArray();
  }
}
