package kg.socialorder.contract;

import java.util.Set;

/**
 * The variables of {@code contract}, declared once. Lists and records are JSON variables; their
 * shapes are the records of this package.
 */
public final class ContractVariables {

  // given at start (by the calling social order, or the start form when run on its own)
  public static final String MUNICIPALITY = "municipality";
  public static final String THEME_NUMBER = "themeNumber";
  public static final String PROBLEM = "problem";
  public static final String TARGET_GROUP = "targetGroup";
  /** Som: the contract amount may not exceed it. */
  public static final String BUDGET_CEILING = "budgetCeiling";
  /** A {@link Winner}: the organisation the competition chose. */
  public static final String WINNER = "winner";
  /** The start form gives the winner field by field under these names ("winner" + field). */
  public static final String WINNER_FIELD_PREFIX = "winner";

  // set at start
  public static final String CONTRACTOR_NAME = "contractorName";
  public static final String PROJECT_TITLE = "projectTitle";
  /** Options {label, value} of the draft form: the contractor logins of the municipality. */
  public static final String CONTRACTOR_OPTIONS = "contractorOptions";
  /** Options {label, value} of the group form: the monitoring logins of the municipality. */
  public static final String MONITORING_USER_OPTIONS = "monitoringUserOptions";
  /** ISO-8601 durations from {@link ContractProperties}, due dates of the review and the signature. */
  public static final String REVIEW_PERIOD = "reviewPeriod";
  public static final String SIGNING_PERIOD = "signingPeriod";

  // DraftContract
  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final String CONTRACT_AMOUNT = "contractAmount";
  public static final String CONTRACT_START = "contractStart";
  public static final String CONTRACT_END = "contractEnd";
  /** The Camunda user of the winning organisation: its tasks are assigned to this user. */
  public static final String CONTRACTOR_USER_ID = "contractorUserId";
  /** List of {@link PlannedTranche}, in date order, numbered from 1. */
  public static final String TRANCHE_PLAN = "tranchePlan";
  /** List of {@link TargetIndicator}. */
  public static final String INDICATORS = "indicators";

  // ReviewContract
  public static final String CONTRACTOR_DECISION = "contractorDecision";
  public static final String CHANGE_REQUEST = "changeRequest";
  public static final String CONTRACTOR_SIGNED_ON = "contractorSignedOn";

  // SignContract
  public static final String HEAD_SIGNED = "headSigned";
  public static final String SIGNED_ON = "signedOn";

  // FormMonitoringGroup
  /** List of {@link MonitoringMember}. */
  public static final String MONITORING_GROUP = "monitoringGroup";
  /** The members with a login, comma-separated: the candidate users of monitoring tasks. */
  public static final String MONITORING_USER_IDS = "monitoringUserIds";

  // RegisterContract
  public static final String REGISTERED_ON = "registeredOn";

  // the chain of tranches: what each tranche gives back
  public static final String TRANCHE_OUTCOME = "trancheOutcome";
  public static final String LAST_TRANCHE_NUMBER = "lastTrancheNumber";

  // output
  /** {@link #OUTCOME_COMPLETED} or {@link #OUTCOME_TERMINATED}. */
  public static final String CONTRACT_OUTCOME = "contractOutcome";
  public static final String TERMINATION_REASON = "terminationReason";
  public static final String TOTAL_PAID = "totalPaid";
  public static final String TRANCHES_PAID = "tranchesPaid";
  public static final String TRANCHES_ACCEPTED = "tranchesAccepted";

  public static final String DECISION_SIGN = "sign";
  public static final String DECISION_REQUEST_CHANGES = "requestChanges";
  public static final String OUTCOME_COMPLETED = "completed";
  public static final String OUTCOME_TERMINATED = "terminated";
  public static final String TRANCHE_TERMINATED = "terminated";

  public static final String CATEGORY_MUNICIPALITY_SPECIALIST = "municipalitySpecialist";
  public static final Set<String> MEMBER_CATEGORY_CODES = Set.of(
      "communityLeader", CATEGORY_MUNICIPALITY_SPECIALIST, "councilDeputy", "socialInstitution", "other");

  private ContractVariables() {}
}
