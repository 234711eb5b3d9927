package kg.socialorder.finalreport;

import java.util.Set;

/**
 * The variables of {@code final-report}, declared once. The calling social order maps its contract's
 * figures onto the inputs; lists are JSON variables shaped as the records of this package.
 */
public final class FinalReportVariables {

  // inputs
  public static final String MUNICIPALITY = "municipality";
  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final String ORGANISATION_NAME = "organisationName";
  public static final String CONTRACTOR_USER_ID = "contractorUserId";
  /** Comma-separated logins of the monitoring group's members. */
  public static final String MONITORING_USER_IDS = "monitoringUserIds";
  /** What the contract's tranches paid, from the payment ledger: set at start for the forms that show it. */
  public static final String TOTAL_PAID = "totalPaid";
  /** List of {@link IndicatorTarget}: the contract's, from the contract register, set at start for the report's form. */
  public static final String INDICATORS = "indicators";
  /** "completed" or "terminated". */
  public static final String CONTRACT_OUTCOME = "contractOutcome";
  public static final String TERMINATION_REASON = "terminationReason";

  // SubmitFinalReport
  public static final String RESULTS = "results";
  /** List of {@link IndicatorResult}, one per target indicator. */
  public static final String INDICATOR_RESULTS = "indicatorResults";
  public static final String TOTAL_SPENT = "totalSpent";
  /** Derived: paid minus spent; to be refunded before the order closes. */
  public static final String UNSPENT_AMOUNT = "unspentAmount";

  // FinalEvaluation
  public static final String FINAL_RATING = "finalRating";
  public static final String CONCLUSIONS = "conclusions";
  public static final String RECOMMENDATIONS = "recommendations";

  // RecordRefund
  public static final String REFUND_AMOUNT = "refundAmount";
  public static final String REFUND_DATE = "refundDate";
  public static final String REFUND_REFERENCE = "refundReference";

  // RecordPublicHearing
  public static final String HEARING_FORMAT = "hearingFormat";
  public static final String HEARING_DATE = "hearingDate";
  public static final String HEARING_PLACE = "hearingPlace";
  public static final String HEARING_ATTENDANCE = "hearingAttendance";
  public static final String HEARING_MINUTES = "hearingMinutes";
  /** List of {@link HearingQuestion}. */
  public static final String HEARING_QUESTIONS = "hearingQuestions";

  // PublishPublicReport
  public static final String PUBLIC_REPORT_ID = "publicReportId";

  // CloseSocialOrder
  public static final String CLOSING_NOTE = "closingNote";

  public static final String OUTCOME_COMPLETED = "completed";
  public static final String OUTCOME_TERMINATED = "terminated";
  public static final Set<String> RATING_CODES = Set.of("excellent", "good", "satisfactory", "poor");
  public static final Set<String> HEARING_FORMAT_CODES = Set.of("publicHearing", "peoplesAssembly", "roundTable");

  private FinalReportVariables() {}
}
