package kg.socialorder.finalreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A final report as the case record holds it: the contract's figures it started from, the contractor's
 * report, the monitoring group's evaluation, the refund of unspent money and the public hearing (each
 * absent until its step is done), with who recorded each and when.
 */
public record FinalReportCase(Contract contract, Submission submission, Evaluation evaluation, Refund refund,
    Hearing hearing) {

  /** The contract as it ended, handed over to the final report. */
  public record Contract(String businessKey, String municipality, String contractNumber, String organisationName,
      BigDecimal contractAmount, BigDecimal totalPaid, String outcome, String terminationReason,
      List<IndicatorTarget> indicators) {

    public Contract {
      Objects.requireNonNull(businessKey, "businessKey");
      indicators = List.copyOf(indicators);
    }
  }

  /** The contractor's final report: results, each indicator reached, the total spent. */
  public record Submission(String results, List<IndicatorResult> indicators, BigDecimal totalSpent,
      String submittedBy, Instant submittedAt) {

    public Submission {
      indicators = List.copyOf(indicators);
    }
  }

  public record Evaluation(String rating, String conclusions, String recommendations, String recordedBy,
      Instant recordedAt) {}

  public record Refund(BigDecimal amount, LocalDate date, String reference, String recordedBy, Instant recordedAt) {}

  public record Hearing(String format, LocalDate date, String place, long attendance, String minutes,
      List<HearingQuestion> questions, String recordedBy, Instant recordedAt) {

    public Hearing {
      questions = List.copyOf(questions);
    }
  }

  /**
   * What is left of the payments once the spending is reported: the amount to refund. Zero until the
   * contractor reports; never negative (spending above the payments is refused).
   */
  public BigDecimal unspent() {
    return submission == null ? BigDecimal.ZERO : unspent(contract.totalPaid(), submission.totalSpent());
  }

  /** Paid minus spent, exactly. */
  public static BigDecimal unspent(BigDecimal paid, BigDecimal spent) {
    return paid.subtract(spent);
  }

  /** Whether a refund of {@code amount} settles the unspent money: exactly that amount, to the tyiyn. */
  public boolean settledBy(BigDecimal amount) {
    return amount != null && amount.compareTo(unspent()) == 0;
  }

  /** What was refunded: zero when there was nothing to refund. */
  public BigDecimal refunded() {
    return refund == null ? BigDecimal.ZERO : refund.amount();
  }
}
