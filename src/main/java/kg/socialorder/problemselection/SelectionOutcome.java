package kg.socialorder.problemselection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a problem selection ended, as the case record keeps it: who took part and how they voted, every
 * registered problem with its votes and rank, and the council's resolution; the approved problems are
 * the themes of the social order, numbered in ranking order.
 */
public record SelectionOutcome(
    String selectionKey, String municipality, String programmeName, Integer year, BigDecimal budgetEnvelope,
    String votingMethod, long participantsTotal, Long participantsWomen, String councilDecision,
    String resolutionNumber, LocalDate resolutionDate, List<ProblemOutcome> problems) {

  public SelectionOutcome {
    Objects.requireNonNull(selectionKey, "selectionKey");
    problems = List.copyOf(problems);
  }

  /** A registered problem, its votes and rank; an approved one is theme {@code themeNumber}. */
  public record ProblemOutcome(String problemId, String title, String description, String affectedGroup,
      String source, long votes, int rank, Integer themeNumber, String themeKey, String targetGroup,
      BigDecimal budget) {

    public boolean approved() {
      return themeNumber != null;
    }
  }

  /**
   * The outcome from what the steps gathered: the registered problems, the tally, the ranking and the
   * council's rows, in the council's (ranking) order. Approved rows become themes 1, 2, … in that order.
   */
  public static SelectionOutcome of(String selectionKey, String municipality, String programmeName, Integer year,
      BigDecimal budgetEnvelope, String votingMethod, long participantsTotal, Long participantsWomen,
      String councilDecision, String resolutionNumber, LocalDate resolutionDate, List<CandidateProblem> registered,
      List<VoteCount> tally, List<RankedProblem> ranking, List<CandidateTheme> council) {
    Map<String, CandidateProblem> problems = registered.stream()
        .collect(Collectors.toMap(CandidateProblem::id, Function.identity()));
    Map<String, RankedProblem> ranks = ranking.stream()
        .collect(Collectors.toMap(RankedProblem::problemId, Function.identity()));
    Map<String, Long> votes = tally.stream().filter(v -> v.votes() != null)
        .collect(Collectors.toMap(VoteCount::problemId, VoteCount::votes));
    List<ProblemOutcome> outcome = new ArrayList<>();
    int themes = 0;
    for (CandidateTheme row : council) {
      CandidateProblem problem = problems.get(row.problemId());
      Integer number = row.approved() ? ++themes : null;
      outcome.add(new ProblemOutcome(row.problemId(), row.title(), problem == null ? null : problem.description(),
          problem == null ? null : problem.affectedGroup(), problem == null ? null : problem.source(), row.votes(),
          row.rank(), number, number == null ? null : ApprovedTheme.key(selectionKey, number),
          row.approved() ? row.targetGroup() : null, row.approved() ? row.budget() : null));
    }
    // problems the council's form did not list keep their place in the record, unapproved
    for (CandidateProblem problem : registered) {
      if (outcome.stream().noneMatch(p -> p.problemId().equals(problem.id()))) {
        RankedProblem ranked = ranks.get(problem.id());
        outcome.add(new ProblemOutcome(problem.id(), problem.title(), problem.description(), problem.affectedGroup(),
            problem.source(), votes.getOrDefault(problem.id(), ranked == null ? 0L : ranked.votes()),
            ranked == null ? outcome.size() + 1 : ranked.rank(), null, null, null, null));
      }
    }
    return new SelectionOutcome(selectionKey, municipality, programmeName, year, budgetEnvelope, votingMethod,
        participantsTotal, participantsWomen, councilDecision, resolutionNumber, resolutionDate, outcome);
  }

  /** The approved problems as the themes the social order works on, by number. */
  public List<ApprovedTheme> approvedThemes() {
    return problems.stream().filter(ProblemOutcome::approved)
        .map(p -> new ApprovedTheme(p.themeNumber(), p.problemId(), p.title(), p.description(), p.targetGroup(),
            p.budget(), p.votes()))
        .toList();
  }

  /** What the approved themes cost together: never more than the envelope (the council's form checks it). */
  public BigDecimal approvedBudgetTotal() {
    return problems.stream().filter(ProblemOutcome::approved).map(ProblemOutcome::budget)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
