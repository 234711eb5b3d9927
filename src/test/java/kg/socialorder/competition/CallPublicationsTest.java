package kg.socialorder.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.support.CaseRecordDatabase;
import org.junit.jupiter.api.Test;

/**
 * What a competition makes public, without Spring and without the engine: each publication is
 * written in the call register and raised as an event carrying the call as the register holds it.
 */
class CallPublicationsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final String CALL = "KARAKOL-2026-C1";

  private final List<Object> events = new ArrayList<>();
  private final CallRegister calls = new CallRegister(CaseRecordDatabase.migrated());
  private final CallPublications publications = new CallPublications(calls, events::add,
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aCallIsPublishedOnceAndRaisedAsTheRegisterHoldsIt() {
    assertThat(publications.publishCall(call())).isTrue();
    assertThat(publications.publishCall(call())).isFalse();

    assertThat(events).singleElement().isInstanceOfSatisfying(CallPublished.class, published -> {
      assertThat(published.call()).isEqualTo(calls.get(CALL));
      assertThat(published.call().budgetCeiling()).isEqualByComparingTo("400000.50");
      assertThat(published.call().publishedAt()).isEqualTo(NOW);
      assertThat(published.call().deadlineAt()).isEqualTo(Instant.parse("2026-04-01T18:00:00Z"));
    });
  }

  @Test
  void resultsOpenTheAppealWindowOnceAndRaiseTheWinnerWithTheProtocol() {
    publications.publishCall(call());
    calls.startScoringRound(CALL, 1, CallStatus.EVALUATION);
    events.clear();

    CompetitionCall published = publications.publishResults(CALL, 1, winner(), "П-3", LocalDate.of(2026, 4, 10),
        Duration.ofDays(5), 2);
    CompetitionCall again = publications.publishResults(CALL, 1, winner(), "П-3", LocalDate.of(2026, 4, 10),
        Duration.ofDays(9), 2);

    assertThat(published.appealDeadlineAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
    assertThat(again.appealDeadlineAt()).isEqualTo(published.appealDeadlineAt());
    assertThat(published.status()).isEqualTo(CallStatus.RESULTS);
    assertThat(published.winnerApplicationId()).isEqualTo(17L);
    assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event).isEqualTo(
        new ResultsPublished(published, winner(), 2)));
    ResultsPublished results = (ResultsPublished) events.get(0);
    assertThat(results.call().protocolNumber()).isEqualTo("П-3");
    assertThat(results.call().protocolDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(results.call().scoringRound()).isEqualTo(1);
  }

  @Test
  void aCancelledCompetitionClosesItsCallAndIsRaisedWithTheReason() {
    publications.publishCall(call());
    events.clear();

    publications.cancel("karakol", "KARAKOL-2026-1-T1", CALL, "Арыз жок");

    assertThat(calls.get(CALL).status()).isEqualTo(CallStatus.CANCELLED);
    assertThat(calls.get(CALL).outcomeReason()).isEqualTo("Арыз жок");
    assertThat(events).containsExactly(new CompetitionCancelled("karakol", "KARAKOL-2026-1-T1", CALL, "Арыз жок"));
  }

  @Test
  void aCompetitionCancelledBeforeItsCallIsRaisedWithoutOne() {
    publications.cancel("karakol", "KARAKOL-2026-1-T1", null, "Тема алынды");

    assertThat(events).containsExactly(new CompetitionCancelled("karakol", "KARAKOL-2026-1-T1", null, "Тема алынды"));
  }

  private static CompetitionCall call() {
    return new CompetitionCall(CALL, "pi-1", "KARAKOL-2026-1-T1", 1, "karakol", 1, "Бала бакча жок", "Балдар",
        "Бала бакча ачуу", "Топтор", "75 бала", 12, new BigDecimal("400000.50"), "Катталган уюм",
        List.of(new ScoringCriterion("quality", "Сапат", 60)), LocalDate.of(2026, 4, 1),
        Instant.parse("2026-04-01T18:00:00Z"), CallStatus.OPEN, NOW, 0, null, null, null, null, null, null);
  }

  private static Winner winner() {
    return new Winner(17, "R-17", "Ак-Жол", "ОФ", "01234567890123", "Бала бакча", new BigDecimal("390000.25"),
        BigDecimal.ZERO, "Асан", "+996", "info@example.kg", new BigDecimal("80.00"));
  }
}
