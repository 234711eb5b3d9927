package kg.socialorder.validation;

import java.util.List;
import kg.socialorder.engine.RefusedInputException;

/**
 * Rejects an input with a message in Kyrgyz and Russian naming every wrong field. Like every
 * {@link RefusedInputException}, it is answered with 400 and its message, so Tasklist shows it to the
 * person; thrown inside the engine's command, it rolls back the whole submission, so nothing half-done
 * is stored.
 */
public class InvalidInputException extends RefusedInputException {

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations, String message) {
    super(violations.isEmpty() ? null : violations.get(0).field(), message);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> getViolations() {
    return violations;
  }

  /** The fields named, in the order they were found. */
  public List<String> fields() {
    return violations.stream().map(Violation::field).toList();
  }
}
