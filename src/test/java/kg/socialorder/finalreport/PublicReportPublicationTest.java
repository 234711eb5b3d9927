package kg.socialorder.finalreport;

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

/** The public report's publication, without Spring and without the engine: stored once, raised with exact money. */
class PublicReportPublicationTest {

  private static final Instant NOW = Instant.parse("2027-05-21T06:00:00Z");

  private final List<Object> events = new ArrayList<>();
  private final PublicReportRegister reports = new PublicReportRegister(CaseRecordDatabase.migrated());
  private final PublicReportPublication publication = new PublicReportPublication(reports, events::add,
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void theReportIsPublishedOnceAndRaisedWithTheHearingAndTheRefund() {
    PublicReportPublished.Hearing hearing = new PublicReportPublished.Hearing("publicHearing",
        LocalDate.of(2027, 5, 20), "Мэрия", 45, "Талкууланды");

    publication.publish(report(), hearing, LocalDate.of(2027, 5, 3));
    publication.publish(report(), hearing, LocalDate.of(2027, 5, 3));

    assertThat(reports.find("KARAKOL-2026-1-T1")).hasValueSatisfying(published -> {
      assertThat(published.publishedAt()).isEqualTo(NOW);
      assertThat(published.report().refunded()).isEqualByComparingTo("1500.50");
    });
    PublicReportPublished raised = new PublicReportPublished("karakol", "KARAKOL-2026-1-T1", "K-7", "Ак-Жол",
        "75 бала окууда", "good", new BigDecimal("390000.25"), new BigDecimal("388499.75"), new BigDecimal("1500.50"),
        LocalDate.of(2027, 5, 3), hearing);
    assertThat(events).containsExactly(raised, raised);
  }

  private static PublicReport report() {
    return new PublicReport("KARAKOL-2026-1-T1", "karakol", "K-7", "Ак-Жол", "completed", null,
        new BigDecimal("390000.25"), new BigDecimal("390000.25"), new BigDecimal("388499.75"),
        new BigDecimal("1500.50"), "ПП-99", "75 бала окууда", List.of(), "good", "Жакшы", "Улантуу",
        new PublicReport.Hearing("publicHearing", "2027-05-20", "Мэрия", 45, "Талкууланды", List.of()),
        null, null, List.of());
  }
}
