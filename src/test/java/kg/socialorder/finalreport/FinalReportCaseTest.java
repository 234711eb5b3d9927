package kg.socialorder.finalreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kg.socialorder.finalreport.FinalReportCase.Contract;
import kg.socialorder.finalreport.FinalReportCase.Evaluation;
import kg.socialorder.finalreport.FinalReportCase.Hearing;
import kg.socialorder.finalreport.FinalReportCase.Refund;
import kg.socialorder.finalreport.FinalReportCase.Submission;
import org.junit.jupiter.api.Test;

class FinalReportCaseTest {

  private static final Instant AT = Instant.parse("2026-12-01T06:00:00Z");
  private static final Contract CONTRACT = new Contract("KARAKOL-2026-1-T1", "karakol", "МСТ-7", "«Аймира» КФ",
      new BigDecimal("400000.00"), new BigDecimal("400000.30"), "completed", null,
      List.of(new IndicatorTarget("Балдар", "бала", new BigDecimal("75"))));

  @Test
  void theUnspentMoneyIsPaidMinusSpentExactlyAndOnlyThatAmountSettlesIt() {
    FinalReportCase record = submitted("389999.90");

    assertThat(record.unspent()).isEqualTo(new BigDecimal("10000.40"));
    assertThat(record.settledBy(new BigDecimal("10000.4"))).isTrue();
    assertThat(record.settledBy(new BigDecimal("10000.39"))).isFalse();
    assertThat(record.settledBy(null)).isFalse();
  }

  @Test
  void nothingIsUnspentOrRefundedBeforeTheContractorReports() {
    FinalReportCase record = new FinalReportCase(CONTRACT, null, null, null, null);

    assertThat(record.unspent()).isEqualByComparingTo("0");
    assertThat(record.refunded()).isEqualByComparingTo("0");
  }

  @Test
  void thePublicReportTakesEveryFigureFromTheRecordAndTheEarlierStagesGiven() {
    FinalReportCase record = new FinalReportCase(CONTRACT, submitted("389999.90").submission(),
        new Evaluation("good", "Аткарылды", null, "monitor", AT),
        new Refund(new BigDecimal("10000.40"), LocalDate.parse("2026-11-30"), "ПП-114", "finance", AT),
        new Hearing("peoplesAssembly", LocalDate.parse("2026-12-01"), "Маданият үйү", 140, "Угулду",
            List.of(new HearingQuestion("Улантылабы?", "Ооба")), "coordinator", AT));
    PublicReport.Selection selection = new PublicReport.Selection("Бала бакча", 290, 503, 290L, "ballot", 2);
    List<PublicReport.Tranche> tranches = List.of(
        new PublicReport.Tranche(1, new BigDecimal("250000"), "2026-03-02", "2026-05-01"));

    PublicReport report = PublicReports.compose(record, selection, null, tranches);

    assertThat(report.businessKey()).isEqualTo("KARAKOL-2026-1-T1");
    assertThat(report.contractAmount()).isEqualTo(new BigDecimal("400000.00"));
    assertThat(report.totalPaid()).isEqualTo(new BigDecimal("400000.30"));
    assertThat(report.totalSpent()).isEqualTo(new BigDecimal("389999.90"));
    assertThat(report.refunded()).isEqualTo(new BigDecimal("10000.40"));
    assertThat(report.refundReference()).isEqualTo("ПП-114");
    assertThat(report.indicators()).extracting(IndicatorResult::reached).containsExactly(new BigDecimal("75"));
    assertThat(report.finalRating()).isEqualTo("good");
    assertThat(report.hearing().date()).isEqualTo("2026-12-01");
    assertThat(report.hearing().questions()).extracting(HearingQuestion::answer).containsExactly("Ооба");
    assertThat(report.selection()).isEqualTo(selection);
    assertThat(report.competition()).isNull();
    assertThat(report.tranches()).isEqualTo(tranches);
  }

  private static FinalReportCase submitted(String spent) {
    return new FinalReportCase(CONTRACT, new Submission("Борбор ачылды",
        List.of(new IndicatorResult("Балдар", "бала", new BigDecimal("75"), new BigDecimal("75"))),
        new BigDecimal(spent), "aimira", AT), null, null, null);
  }
}
