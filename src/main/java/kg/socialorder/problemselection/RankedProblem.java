package kg.socialorder.problemselection;

/** A place in the ranking; equal votes share a rank (1, 2, 2, 4). */
public record RankedProblem(int rank, String problemId, String title, long votes, String affectedGroup) {}
