package kg.socialorder.order;

/**
 * The variables of {@code social-order}. Its own inputs are those of problem selection; each theme's
 * branch (an instance of the multi-instance subprocess) keeps the theme's figures and what its called
 * processes return as variables local to the branch, so parallel themes never share them: the figures
 * set by PrepareTheme, the returns by the call activities' output mapping (OutputsToCallingScope).
 */
public final class SocialOrderVariables {

  /** The element of approvedThemes a branch works on. */
  public static final String THEME = "theme";
  public static final String THEME_KEY = "themeKey";
  public static final String THEME_NUMBER = "themeNumber";
  public static final String PROBLEM = "problem";
  public static final String TARGET_GROUP = "targetGroup";
  public static final String THEME_BUDGET = "themeBudget";

  public static final String COMPETITION_OUTCOME = "competitionOutcome";
  public static final String CANCELLATION_REASON = "cancellationReason";
  public static final String CONTRACT_OUTCOME = "contractOutcome";
  public static final String TERMINATION_REASON = "terminationReason";

  public static final String AWARDED = "awarded";
  public static final String TERMINATED = "terminated";

  private SocialOrderVariables() {}
}
