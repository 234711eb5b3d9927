package kg.socialorder.tranche;

import java.util.Set;

/**
 * The variables of {@code tranche}, declared once. The contract hands over its terms under the
 * names it uses itself (see ContractVariables); lists are JSON variables.
 */
public final class TrancheVariables {

  // given by the contract
  public static final String MUNICIPALITY = "municipality";
  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final String CONTRACTOR_USER_ID = "contractorUserId";
  public static final String CONTRACTOR_NAME = "contractorName";
  /**
   * Which tranche of the contract's plan this is; its terms and the contract's indicators are read from
   * the contract register by municipality, contract number and this number.
   */
  public static final String TRANCHE_NUMBER = "trancheNumber";
  /** MonitoringMember list (the contract register does not keep the group). */
  public static final String MONITORING_GROUP = "monitoringGroup";
  public static final String MONITORING_USER_IDS = "monitoringUserIds";

  // set at start: the tranche's terms for forms and gateways, and the settings (ISO-8601 durations)
  public static final String TRANCHE_COUNT = "trancheCount";
  public static final String TRANCHE_AMOUNT = "trancheAmount";
  public static final String PLANNED_PAYMENT_DATE = "plannedPaymentDate";
  public static final String PLANNED_REPORT_DUE_DATE = "plannedReportDueDate";
  public static final String DELIVERABLES = "deliverables";
  /** Due date of the finance task: the end of the planned payment day. */
  public static final String PAYMENT_DUE_AT = "paymentDueAt";
  /** Options {label, value} of the visit form: the group's members by name. */
  public static final String MEMBER_OPTIONS = "memberOptions";
  public static final String REPORT_DUE_AFTER_PAYMENT = "reportDueAfterPayment";
  public static final String REMINDER_BEFORE_DUE = "reminderBeforeDue";
  public static final String MONITORING_PERIOD = "monitoringPeriod";
  public static final String CORRECTION_PERIOD = "correctionPeriod";
  public static final String DECISION_PERIOD = "decisionPeriod";

  // ApprovePaymentOrder
  public static final String PAYMENT_ORDER_NUMBER = "paymentOrderNumber";
  public static final String PAYMENT_ORDER_DATE = "paymentOrderDate";
  public static final String PAYMENT_APPROVED = "paymentApproved";

  // RecordPayment
  public static final String PAID_ON = "paidOn";

  // the report's deadline, set after the payment, a correction, an extension or a continuation
  public static final String REPORT_DUE_DATE = "reportDueDate";
  /** The instant the report is overdue: the contractor's due date and the overdue timer. */
  public static final String REPORT_DUE_AT = "reportDueAt";
  /** The instant of the reminder timer. */
  public static final String REMINDER_AT = "reminderAt";

  // SubmitTrancheReport
  public static final String REPORT_ACTIVITIES = "reportActivities";
  /** IndicatorProgress list, one line per target indicator. */
  public static final String INDICATOR_PROGRESS = "indicatorProgress";
  /** Expense list. */
  public static final String EXPENSES = "expenses";
  public static final String EXPENSES_TOTAL = "expensesTotal";
  public static final String INDICATORS_ON_TRACK = "indicatorsOnTrack";
  public static final String REPORT_SUBMITTED_ON = "reportSubmittedOn";

  // DecideOnOverdueReport
  public static final String OVERDUE_DECISION = "overdueDecision";
  public static final String NEW_REPORT_DUE_DATE = "newReportDueDate";
  public static final String OVERDUE_COMMENT = "overdueComment";

  // RecordMonitoringVisit
  public static final String VISIT_DATE = "visitDate";
  public static final String MEMBERS_PRESENT = "membersPresent";
  public static final String FINDINGS = "findings";
  public static final String MONITORING_RATING = "monitoringRating";
  public static final String EXPENSES_CONFIRMED = "expensesConfirmed";

  // DecideTrancheOutcome (processes/tranche-decision.dmn)
  public static final String TRANCHE_DECISION = "trancheDecision";

  // DecideOnSuspension
  /** Why the head is asked: {@link #CAUSE_OVERDUE_REPORT} or {@link #CAUSE_MONITORING}. */
  public static final String SUSPENSION_CAUSE = "suspensionCause";
  public static final String HEAD_DECISION = "headDecision";
  public static final String HEAD_COMMENT = "headComment";

  // output
  /** {@link #OUTCOME_ACCEPTED} or {@link #OUTCOME_TERMINATED}. */
  public static final String TRANCHE_OUTCOME = "trancheOutcome";
  public static final String TERMINATION_REASON = "terminationReason";
  public static final String ACCEPTED_ON = "acceptedOn";

  public static final String EXTEND = "extend";
  public static final String SUSPEND = "suspend";
  public static final String CONTINUE = "continue";
  public static final String TERMINATE = "terminate";
  public static final String CAUSE_OVERDUE_REPORT = "overdueReport";
  public static final String CAUSE_MONITORING = "monitoring";
  public static final String OUTCOME_ACCEPTED = "accepted";
  public static final String OUTCOME_TERMINATED = "terminated";
  public static final Set<String> RATING_CODES = Set.of("good", "satisfactory", "poor");

  private TrancheVariables() {}
}
