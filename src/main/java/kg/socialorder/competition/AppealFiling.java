package kg.socialorder.competition;

import java.time.Clock;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_FILED_MESSAGE;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;

import java.time.Instant;
import java.util.Optional;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files an applicant's appeal from the portal while the appeal window is open (by the clock and
 * the window stored with the call). The appeal is stored first, in its own transaction; then the
 * competition is told by a message, which starts the head's review. When the competition is not
 * waiting (the head is already reviewing another appeal), the stored appeal is taken up by the next
 * review, at the latest when the window closes: no appeal is lost.
 */
@Component
public class AppealFiling {

  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String TAX_NUMBER = "taxNumber";
  public static final String GROUNDS = "grounds";

  private static final Logger LOG = LoggerFactory.getLogger(AppealFiling.class);

  private final ValidationMessages messages;
  private final CallRegister calls;
  private final ApplicationRegister applications;
  private final AppealRegister appeals;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public AppealFiling(ValidationMessages messages, CallRegister calls, ApplicationRegister applications,
      AppealRegister appeals, RuntimeService runtimeService, PlatformTransactionManager transactionManager, Clock clock) {
    this.messages = messages;
    this.calls = calls;
    this.applications = applications;
    this.appeals = appeals;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Returns the appeal's id; throws {@link kg.socialorder.validation.InvalidInputException} when refused. */
  public long file(String callNumber, String registrationNumber, String taxNumber, String grounds) {
    Instant now = clock.instant();
    InputCheck check = messages.check();
    String number = check.text(REGISTRATION_NUMBER, registrationNumber, true);
    String tax = check.text(TAX_NUMBER, taxNumber, true);
    String text = check.text(GROUNDS, grounds, true);
    Optional<CompetitionCall> call = calls.find(callNumber);
    if (call.isEmpty()) {
      check.reject(CALL_NUMBER, "unknownCall", callNumber);
    } else if (!call.get().acceptsAppealsAt(now)) {
      check.reject(GROUNDS, "appealClosed");
    }
    Optional<Application> application = number == null || tax == null ? Optional.empty()
        : applications.findByRegistrationNumber(number)
            .filter(a -> a.callNumber().equals(callNumber) && a.taxNumber().equals(tax));
    if (number != null && tax != null && application.isEmpty()) {
      check.reject(REGISTRATION_NUMBER, "unknownRegistration");
    }
    check.throwIfInvalid();

    // the same appeal again (a double click, a reload) is refused under the call's row lock, so it is
    // stored once; further grounds of the same applicant are a new appeal and are taken
    long id = transaction.execute(status -> {
      CompetitionCall locked = calls.lock(callNumber).orElseThrow();
      long applicationId = application.get().id();
      if (appeals.ofCall(callNumber).stream().anyMatch(a -> a.applicationId() == applicationId
          && a.scoringRound() == locked.scoringRound() && a.grounds().equals(text))) {
        InputCheck duplicate = messages.check();
        duplicate.reject(REGISTRATION_NUMBER, "appealAlreadyFiled");
        duplicate.throwIfInvalid();
      }
      return appeals.file(callNumber, applicationId, locked.scoringRound(), text, now);
    });
    try {
      runtimeService.createMessageCorrelation(APPEAL_FILED_MESSAGE)
          .processInstanceId(call.get().processInstanceId())
          .correlateWithResult();
    } catch (ProcessEngineException notWaiting) {
      LOG.info("Appeal {} on {} stored; the competition will review it with the next review ({})", id, callNumber,
          notWaiting.getMessage());
    }
    return id;
  }
}
