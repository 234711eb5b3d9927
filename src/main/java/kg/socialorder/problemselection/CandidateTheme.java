package kg.socialorder.problemselection;

import java.math.BigDecimal;

/** A row of the council's form: a ranked problem, and whether and how it is approved as a theme. */
public record CandidateTheme(
    String problemId, String title, long votes, int rank,
    boolean approved, String targetGroup, BigDecimal budget) {}
