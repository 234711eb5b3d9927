package kg.socialorder.tranche;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the transaction of the next payment steps fail as it commits, after the step and everything
 * that listens to its {@link TranchePaid} have written their rows: a database that goes away at the
 * last moment. A test sees that nothing of the step stays, its release neither. Found by component
 * scanning in every test context; without {@link #failNext} it does nothing.
 */
@Component
public class ScriptedCommitFailure {

  private final AtomicInteger failuresLeft = new AtomicInteger();

  /** The next {@code times} payment transactions fail at commit; 0 ends the failures. */
  public void failNext(int times) {
    failuresLeft.set(times);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void beforeCommit(TranchePaid paid) {
    if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      throw new IllegalStateException("The database went away at commit (scripted failure)");
    }
  }
}
