package kg.socialorder.competition;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an application from the public portal: checks it, then registers it in a short transaction
 * of its own that locks only the call's row. The process instance is not touched: the competition
 * reads the applications at its deadline.
 */
@Component
public class ApplicationIntake {

  private final ApplicationCheck check;
  private final ApplicationRegister applications;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public ApplicationIntake(ApplicationCheck check, ApplicationRegister applications,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.check = check;
    this.applications = applications;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** A new application's receipt; throws {@link kg.socialorder.validation.InvalidInputException} when refused. */
  public Registration submit(String callNumber, Function<String, Object> raw) {
    return submit(callNumber, raw, registration -> { });
  }

  /**
   * A new application's receipt, with {@code alongside} (the application's papers kept) run in the same
   * transaction: when it fails, the application is not registered either.
   */
  public Registration submit(String callNumber, Function<String, Object> raw, Consumer<Registration> alongside) {
    ApplicationInput input = check.read(raw);
    return transaction.execute(status -> {
      Registration registration = applications.register(callNumber, input, ApplicationRegister.PORTAL, null,
          clock.instant());
      alongside.accept(registration);
      return registration;
    });
  }

  /** Checks an application as {@link #submit} would, registering nothing. */
  public void check(Function<String, Object> raw) {
    check.read(raw);
  }

  /**
   * The application whose receipt this is, to be changed: refused naming the missing part, when the
   * number and secret match no application of the call, or when the call is closed.
   */
  public Application toChange(String callNumber, String registrationNumber, String secret) {
    return applications.toChange(callNumber, registrationNumber, secret, clock.instant());
  }

  /**
   * The receipt of a new version of the application the receipt (registration number and secret)
   * belongs to; refused like a new application, and when the receipt does not match.
   */
  public Registration change(String callNumber, String registrationNumber, String secret,
      Function<String, Object> raw) {
    return change(callNumber, registrationNumber, secret, raw, registration -> { });
  }

  /** {@link #change}, with {@code alongside} run in the same transaction, as for {@link #submit}. */
  public Registration change(String callNumber, String registrationNumber, String secret,
      Function<String, Object> raw, Consumer<Registration> alongside) {
    ApplicationInput input = check.read(raw);
    return transaction.execute(status -> {
      Registration registration = applications.change(callNumber, registrationNumber, secret, input,
          clock.instant());
      alongside.accept(registration);
      return registration;
    });
  }
}
