package kg.socialorder.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.support.CaseRecordDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A contract's registration and its end, without Spring and without the engine: written in the
 * register, announced, and raised as events with the contract's exact terms.
 */
class ContractsTest {

  private static final Instant NOW = Instant.parse("2026-04-25T06:00:00Z");
  private static final Winner WINNER = new Winner("17", "R-17", "Ак-Жол", "ОФ", "01234567890123", "Бала бакча",
      new BigDecimal("390000.25"), "info@example.kg");
  private static final List<PlannedTranche> PLAN = List.of(
      new PlannedTranche(1, new BigDecimal("195000.25"), LocalDate.of(2026, 5, 10), LocalDate.of(2026, 8, 31), "Топтор"),
      new PlannedTranche(2, new BigDecimal("195000.00"), LocalDate.of(2026, 9, 10), LocalDate.of(2027, 3, 31), "Жыл"));
  private static final List<TargetIndicator> INDICATORS = List.of(new TargetIndicator("Балдар", "киши", 75));

  private final List<Object> events = new ArrayList<>();
  private final List<Object> recorded = new ArrayList<>();
  private final JdbcTemplate jdbc = CaseRecordDatabase.migrated();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Contracts contracts = new Contracts(new ContractRegister(jdbc, clock), new Notifications(jdbc, clock,
      recorded::add), events::add);

  @Test
  void aSignedContractIsRegisteredAnnouncedOnceAndRaisedWithItsExactTerms() {
    contracts.register(entry(), WINNER, "Бала бакча");
    contracts.register(entry(), WINNER, "Бала бакча");

    assertThat(jdbc.queryForObject("select amount from so_contract where contract_number = 'K-7'", BigDecimal.class))
        .isEqualByComparingTo("390000.25");
    assertThat(jdbc.queryForObject("select count(*) from so_notification", Integer.class)).isOne();
    ContractRegistered registered = new ContractRegistered("karakol", "KARAKOL-2026-1-T1", "K-7", WINNER, "Ак-Жол",
        "Бала бакча", new BigDecimal("390000.25"), LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30),
        LocalDate.of(2026, 4, 24), PLAN, INDICATORS);
    // each run raises it; what listens publishes once by its own key
    assertThat(events).containsExactly(registered, registered);
    // the announcement is recorded once, and raised for e-mail once
    assertThat(recorded).hasSize(1).first().isInstanceOf(NotificationRecorded.class);
  }

  @Test
  void aTerminatedContractEndsWithTheHeadsReasonAndACompletedOneWithout() {
    contracts.register(entry("K-7", "pi-7"), WINNER, "Бала бакча");
    contracts.register(entry("K-8", "pi-8"), WINNER, "Бала бакча");
    events.clear();

    contracts.close("karakol", "KARAKOL-2026-1-T1", "K-7", "pi-7", ContractVariables.OUTCOME_TERMINATED, "Бузулду");
    contracts.close("karakol", "KARAKOL-2026-1-T2", "K-8", "pi-8", ContractVariables.OUTCOME_COMPLETED, "not read");

    assertThat(jdbc.queryForList("select outcome from so_contract order by contract_number", String.class))
        .containsExactly(ContractVariables.OUTCOME_TERMINATED, ContractVariables.OUTCOME_COMPLETED);
    assertThat(events).containsExactly(
        new ContractEnded("karakol", "KARAKOL-2026-1-T1", "K-7", true, "Бузулду"),
        new ContractEnded("karakol", "KARAKOL-2026-1-T2", "K-8", false, null));
  }

  private static ContractRegister.Entry entry() {
    return entry("K-7", "pi-7");
  }

  private static ContractRegister.Entry entry(String number, String processInstanceId) {
    return new ContractRegister.Entry("karakol", number, processInstanceId, "KARAKOL-2026-1-T1", "Ак-Жол", "akjol",
        new BigDecimal("390000.25"), LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30), LocalDate.of(2026, 4, 24),
        new TranchePlan(PLAN), INDICATORS);
  }
}
