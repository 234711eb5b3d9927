package kg.socialorder.problemselection;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A theme of the social order, as the council approved it: the input of its competition. */
public record ApprovedTheme(
    int themeNumber, String problemId, String problem, String description,
    String targetGroup, BigDecimal budget, long votes) {

  /**
   * The highest theme number: at most one theme per registered problem. The one limit every
   * validator of a theme number uses.
   */
  public static final int MAX_NUMBER = CandidateProblem.MAX_PROBLEMS;

  private static final Pattern KEY = Pattern.compile(".+-T\\d+");

  /** The key of a theme within its social order (or selection), e.g. KARAKOL-2019-1-T2. */
  public static String key(String orderKey, int themeNumber) {
    return orderKey + "-T" + themeNumber;
  }

  /** Whether a business key has the form of a theme's ({@link #key}), not of an order's own. */
  public static boolean isKey(String businessKey) {
    return KEY.matcher(businessKey).matches();
  }
}
