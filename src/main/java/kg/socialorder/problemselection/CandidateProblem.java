package kg.socialorder.problemselection;

/**
 * A problem registered as a candidate. Its {@code id} is its number in the register ("1", "2", …),
 * given on registration and shown on the tally and council forms.
 */
public record CandidateProblem(
    String id, String title, String description, String affectedGroup, String source) {

  /** How many problems one selection may register. */
  public static final int MAX_PROBLEMS = 50;
}
