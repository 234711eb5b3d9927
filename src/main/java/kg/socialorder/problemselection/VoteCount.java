package kg.socialorder.problemselection;

/** One line of the tally: the votes a registered problem received (title shown, not trusted). */
public record VoteCount(String problemId, String title, Long votes) {}
