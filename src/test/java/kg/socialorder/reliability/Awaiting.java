package kg.socialorder.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for a condition by polling it until a deadline: never a fixed sleep. */
final class Awaiting {

  private static final long POLL_MILLIS = 200;

  private Awaiting() {}

  /** Polls until the condition holds; fails with {@code what} when the deadline passes. */
  static void until(String what, Duration deadline, Callable<Boolean> condition) {
    Instant end = Instant.now().plus(deadline);
    Throwable last = null;
    while (Instant.now().isBefore(end)) {
      try {
        if (Boolean.TRUE.equals(condition.call())) {
          return;
        }
        last = null;
      } catch (AssertionError e) {
        throw e;
      } catch (Exception e) {
        last = e;
      }
      pause();
    }
    throw new AssertionError("Not within " + deadline.toSeconds() + " s: " + what, last);
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
