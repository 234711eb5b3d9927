package kg.socialorder.competition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a competition makes public: its call, its results, its cancellation. Each is written in the
 * register and raised as an event in the transaction of the step that makes it happen, so the step,
 * the register and what listens (the open data) commit or roll back together. A call and a scoring
 * round's results are written once; what listens to them publishes once as well.
 */
@Service
public class CallPublications {

  private final CallRegister calls;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public CallPublications(CallRegister calls, ApplicationEventPublisher events, Clock clock) {
    this.calls = calls;
    this.events = events;
    this.clock = clock;
  }

  /** Publishes the call (its publishedAt is the moment of publication); false if it was published before. */
  public boolean publishCall(CompetitionCall call) {
    if (!calls.publishOnce(call.callNumber(), CallRegister.PUBLICATION_CALL, 1, call.publishedAt())) {
      return false;
    }
    calls.insert(call);
    events.publishEvent(new CallPublished(calls.get(call.callNumber())));
    return true;
  }

  /**
   * Publishes a scoring round's results and opens the appeal window; returns the call as published
   * (a step run again finds the window's end as first published, never moved).
   */
  public CompetitionCall publishResults(String callNumber, int scoringRound, Winner winner, String protocolNumber,
      LocalDate protocolDate, Duration appealWindow, Integer applicationsReceived) {
    Instant now = clock.instant();
    if (calls.publishOnce(callNumber, CallRegister.PUBLICATION_RESULTS, scoringRound, now)) {
      calls.publishResults(callNumber, winner.applicationId(), protocolNumber, protocolDate, now,
          now.plus(appealWindow));
    }
    CompetitionCall published = calls.get(callNumber);
    events.publishEvent(new ResultsPublished(published, winner, applicationsReceived));
    return published;
  }

  /** Ends the competition without a winner. */
  public void cancel(String municipality, String themeKey, String callNumber, String reason) {
    if (callNumber != null) {
      calls.find(callNumber).ifPresent(call -> calls.close(call.callNumber(), CallStatus.CANCELLED, reason));
    }
    events.publishEvent(new CompetitionCancelled(municipality, themeKey, callNumber, reason));
  }
}
