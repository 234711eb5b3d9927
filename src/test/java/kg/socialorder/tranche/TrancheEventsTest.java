package kg.socialorder.tranche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.contract.Payment;
import kg.socialorder.contract.PaymentOrder;
import kg.socialorder.support.CaseRecordDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * The tranche's services that raise its events, without Spring and without the engine: the visit
 * is recorded in its table (the application's migrations on an in-memory database) and numbered
 * within its tranche, and each service raises its event with exact values.
 */
class TrancheEventsTest {

  private static final Instant NOW = Instant.parse("2026-06-03T10:15:30Z");

  private final List<Object> events = new ArrayList<>();
  private MonitoringVisitRegister register;
  private MonitoringVisits visits;

  @BeforeEach
  void database() {
    register = new MonitoringVisitRegister(CaseRecordDatabase.migrated());
    visits = new MonitoringVisits(register, events::add, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aVisitIsRecordedAsTheNextOfItsTrancheAndItsConclusionIsRaised() {
    MonitoringVisit first = visits.record("KARAKOL-2026-1-T1", visit(1, "poor", List.of("Асанова А.")), "pi-1");
    MonitoringVisit second = visits.record("KARAKOL-2026-1-T1",
        visit(1, "good", List.of("Асанова А.", "Бекова Б.")), "pi-1");
    MonitoringVisit otherTranche = visits.record("KARAKOL-2026-1-T1", visit(2, "good", List.of()), "pi-2");

    assertThat(first.visitNumber()).isEqualTo(1);
    assertThat(second.visitNumber()).isEqualTo(2);
    assertThat(otherTranche.visitNumber()).isEqualTo(1);
    assertThat(second.recordedAt()).isEqualTo(NOW);
    assertThat(events).containsExactly(new MonitoringConcluded("KARAKOL-2026-1-T1", first),
        new MonitoringConcluded("KARAKOL-2026-1-T1", second), new MonitoringConcluded("KARAKOL-2026-1-T1", otherTranche));
    assertThat(register.ofContract("karakol", "K-7")).containsExactly(first, second, otherTranche);
    assertThat(register.count("karakol", "K-7", 1)).isEqualTo(2);
  }

  @Test
  void aVisitNumberIsRecordedOnce() {
    MonitoringVisit first = visits.record("KARAKOL-2026-1-T1", visit(1, "good", List.of()), "pi-1");

    assertThatThrownBy(() -> register.insert(first, "pi-1")).isInstanceOf(DuplicateKeyException.class);
    assertThat(register.count("karakol", "K-7", 1)).isEqualTo(1);
  }

  @Test
  void aPaymentIsRaisedWithThePaymentsExactAmountAndDay() {
    Payment paid = new Payment("karakol", "K-7", 2, new BigDecimal("195000.25"), "Ак-Жол", "ПП-12",
        LocalDate.of(2026, 9, 8));
    TranchePayments payments = new TranchePayments(order -> paid, events::add);

    Payment payment = payments.pay("KARAKOL-2026-1-T1", new PaymentOrder("karakol", "K-7", 2,
        new BigDecimal("195000.25"), "Ак-Жол", "ПП-12", "pi-2"));

    assertThat(payment).isEqualTo(paid);
    assertThat(events).containsExactly(new TranchePaid("karakol", "KARAKOL-2026-1-T1", "K-7", 2,
        new BigDecimal("195000.25"), "Ак-Жол", LocalDate.of(2026, 9, 8)));
  }

  private static MonitoringVisit visit(int tranche, String rating, List<String> present) {
    return new MonitoringVisit("karakol", "K-7", tranche, 0, LocalDate.of(2026, 6, 2), rating, true,
        "Баары өз убагында / Всё в срок", present, null);
  }
}
