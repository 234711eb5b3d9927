package kg.socialorder.problemselection;

import java.util.Set;

/**
 * The variables of {@code problem-selection}, declared once. Lists are JSON variables; their item
 * shapes are the records of this package.
 */
public final class ProblemSelectionVariables {

  // given at start (by the start form or the calling social order)
  public static final String MUNICIPALITY = "municipality";
  public static final String PROGRAMME_NAME = "programmeName";
  public static final String YEAR = "year";
  public static final String BUDGET_ENVELOPE = "budgetEnvelope";
  /** How many themes the municipality means to fund: where a tie in the ranking matters. */
  public static final String THEMES_PLANNED = "themesPlanned";

  // AnnounceSelection
  public static final String ANNOUNCEMENT_DATE = "announcementDate";
  /** List of {date, place}. */
  public static final String MEETINGS = "meetings";
  /** List of codes from {@link #INFORMATION_CHANNEL_CODES}. */
  public static final String INFORMATION_CHANNELS = "informationChannels";
  public static final String ANNOUNCEMENT_TEXT = "announcementText";

  // RegisterProblems
  /** List of {@link CandidateProblem}. */
  public static final String PROBLEMS = "problems";

  // RecordCommunityChoice
  public static final String VOTING_METHOD = "votingMethod";
  public static final String PARTICIPANTS_TOTAL = "participantsTotal";
  public static final String PARTICIPANTS_WOMEN = "participantsWomen";
  /** List of {@link VoteCount}, one per registered problem. */
  public static final String VOTES = "votes";

  // RankProblems
  /** List of {@link RankedProblem}, best first. */
  public static final String RANKING = "ranking";
  public static final String TIE_AT_BOUNDARY = "tieAtBoundary";
  /** Titles of the problems tied across the boundary, for the council to read. */
  public static final String TIED_PROBLEMS = "tiedProblems";

  // ApproveThemes
  /** List of {@link CandidateTheme}: the ranking with the council's decision on each row. */
  public static final String CANDIDATE_THEMES = "candidateThemes";
  public static final String COUNCIL_DECISION = "councilDecision";
  public static final String RESOLUTION_NUMBER = "resolutionNumber";
  public static final String RESOLUTION_DATE = "resolutionDate";
  public static final String RECOUNT_REASON = "recountReason";

  // output
  /** List of {@link ApprovedTheme}: what the later steps of the social order work on. */
  public static final String APPROVED_THEMES = "approvedThemes";
  public static final String APPROVED_BUDGET_TOTAL = "approvedBudgetTotal";

  public static final String DECISION_APPROVE = "approve";
  public static final String DECISION_RECOUNT = "recount";

  public static final Set<String> INFORMATION_CHANNEL_CODES = Set.of(
      "noticeBoard", "localMedia", "socialMedia", "villageHeads", "leaflets", "schoolsAndClinics");
  public static final Set<String> PROBLEM_SOURCE_CODES = Set.of(
      "residentMeeting", "survey", "participatoryAppraisal", "council", "sectorSpecialist");
  public static final Set<String> VOTING_METHOD_CODES = Set.of(
      "openVote", "ballot", "dotVoting", "survey");

  private ProblemSelectionVariables() {}
}
