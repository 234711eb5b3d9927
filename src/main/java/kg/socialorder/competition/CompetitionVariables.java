package kg.socialorder.competition;

import java.util.Set;

/**
 * The variables of {@code competition}, declared once. Lists are JSON variables whose item shapes
 * are the records of this package. Applications, scores and appeals are not variables: they live in
 * the competition's tables (see V2__competition.sql), so the public can write them at any time.
 */
public final class CompetitionVariables {

  // given at start (by the calling social order or the start form)
  public static final String MUNICIPALITY = "municipality";
  public static final String THEME_NUMBER = "themeNumber";
  public static final String PROBLEM = "problem";
  public static final String TARGET_GROUP = "targetGroup";
  /** Som, a number: the budget the council approved for the theme; the call's ceiling never exceeds it. */
  public static final String THEME_BUDGET = "themeBudget";

  // settings copied at start (see CompetitionProperties)
  public static final String APPLICATION_PERIOD = "applicationPeriod";
  public static final String SCORING_PERIOD = "scoringPeriod";
  public static final String APPEAL_WINDOW = "appealWindow";
  public static final String MIN_REGISTRATION_MONTHS = "minRegistrationMonths";
  public static final String MIN_SCORES_PER_APPLICATION = "minScoresPerApplication";

  // the call, round by round: a re-announced competition publishes a new call
  public static final String CALL_ROUND = "callRound";
  /** The business key, then "-R2", "-R3" for re-announced calls: the prefix of registration numbers. */
  public static final String CALL_NUMBER = "callNumber";
  /** Result of the scoring-criteria decision: the default criteria and weights. */
  public static final String DEFAULT_SCORING_CRITERIA = "defaultScoringCriteria";

  // PrepareCall
  public static final String GOAL = "goal";
  public static final String TASKS = "tasks";
  public static final String EXPECTED_RESULTS = "expectedResults";
  public static final String TERM_MONTHS = "termMonths";
  public static final String BUDGET_CEILING = "budgetCeiling";
  public static final String ELIGIBILITY_REQUIREMENTS = "eligibilityRequirements";
  /** List of {@link ScoringCriterion}. */
  public static final String SCORING_CRITERIA = "scoringCriteria";
  /** The last day to apply, "yyyy-MM-dd". */
  public static final String APPLICATION_DEADLINE = "applicationDeadline";
  /** The instant the call closes (end of the last day in the municipality's time zone): the timer's date. */
  public static final String APPLICATION_DEADLINE_AT = "applicationDeadlineAt";
  /** List of user ids (a checklist): the commission. */
  public static final String COMMISSION_MEMBERS = "commissionMembers";
  public static final String COMMISSION_CHAIR = "commissionChair";
  /** Rows {name, email}: new commission members the coordinator invites; cleared once they have logins. */
  public static final String COMMISSION_INVITEES = "commissionInvitees";
  /** The same members as a Java list: the collection of the scoring multi-instance. */
  public static final String COMMISSION_MEMBER_IDS = "commissionMemberIds";
  /** The commission as the head reads it: list of {member}. */
  public static final String COMMISSION_TABLE = "commissionTable";
  /** Options for the member fields: list of {label, value}. */
  public static final String COMMISSION_CANDIDATES = "commissionCandidates";

  // ApproveCall
  public static final String CALL_DECISION = "callDecision";
  public static final String CALL_COMMENT = "callComment";

  // RegisterPaperApplication: the fields of an application (see ApplicationFields), and the receipt
  public static final String LAST_REGISTRATION = "lastRegistration";

  // CheckEligibility
  public static final String APPLICATIONS_RECEIVED = "applicationsReceived";
  public static final String ELIGIBLE_COUNT = "eligibleCount";
  /** List of {@link ApplicationSummary}: every application with its eligibility, for the forms. */
  public static final String APPLICATIONS = "applications";

  // DecideFailedCompetition
  public static final String FAILED_DECISION = "failedDecision";
  public static final String CANCELLATION_REASON = "cancellationReason";

  // ScoreApplications (task-local: each member's own sheet)
  public static final String SCORING_ROUND = "scoringRound";
  public static final String SCORING_DUE_DATE = "scoringDueDate";
  /** Multi-instance element variable: the member whose task it is. */
  public static final String MEMBER = "member";
  /** Task-local list of {@link ConflictDeclaration}, one per eligible application. */
  public static final String CONFLICTS = "conflicts";
  /** Task-local list of {@link ScoreEntry}, one per eligible application and criterion. */
  public static final String SCORESHEET = "scoresheet";

  // AggregateScores
  /** List of {@link RankedApplication}, best first; applications with too few scores last, unranked. */
  public static final String RANKING = "ranking";
  public static final String RANKED_COUNT = "rankedCount";
  public static final String TIE_AT_TOP = "tieAtTop";
  public static final String TIED_APPLICATIONS = "tiedApplications";
  /** Options of the winner field: list of {label, value}, ranked applications only. */
  public static final String WINNER_OPTIONS = "winnerOptions";

  // RecordProtocol
  public static final String PROTOCOL_NUMBER = "protocolNumber";
  public static final String PROTOCOL_DATE = "protocolDate";
  public static final String WINNER_APPLICATION_ID = "winnerApplicationId";
  public static final String WINNER_JUSTIFICATION = "winnerJustification";

  // PublishResults and the appeal window
  public static final String APPEAL_DEADLINE_AT = "appealDeadlineAt";
  public static final String APPEAL_WINDOW_CLOSED = "appealWindowClosed";
  public static final String APPEALS_PENDING = "appealsPending";
  /** List of {@link AppealReview}: the appeals the head decides in one task. */
  public static final String APPEALS = "appeals";
  public static final String APPEAL_UPHELD = "appealUpheld";

  // output
  /** "awarded" or "cancelled". */
  public static final String COMPETITION_OUTCOME = "competitionOutcome";
  /** JSON {@link Winner}. */
  public static final String WINNER = "winner";

  public static final String DECISION_APPROVE = "approve";
  public static final String DECISION_RETURN = "return";
  public static final String DECISION_REANNOUNCE = "reannounce";
  public static final String DECISION_CANCEL = "cancel";
  public static final String APPEAL_UPHOLD = "uphold";
  public static final String APPEAL_REJECT = "reject";
  public static final String OUTCOME_AWARDED = "awarded";
  public static final String OUTCOME_CANCELLED = "cancelled";

  /** The message an appeal filed on the portal sends to its competition. */
  public static final String APPEAL_FILED_MESSAGE = "AppealFiled";

  public static final Set<String> LEGAL_FORM_CODES = Set.of(
      "publicFund", "publicAssociation", "institution", "associationOfLegalEntities",
      "commercialCompany", "individualEntrepreneur");
  /** What an applicant declares to have; all of them make "documents declared" for eligibility. */
  public static final Set<String> DOCUMENT_CODES = Set.of(
      "charter", "registrationCertificate", "taxClearance", "socialFundClearance", "activityReport");

  private CompetitionVariables() {}
}
