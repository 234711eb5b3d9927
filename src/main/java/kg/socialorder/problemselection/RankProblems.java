package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.CANDIDATE_THEMES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEMS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.RANKING;
import static kg.socialorder.problemselection.ProblemSelectionVariables.THEMES_PLANNED;
import static kg.socialorder.problemselection.ProblemSelectionVariables.TIED_PROBLEMS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.TIE_AT_BOUNDARY;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ranks the problems by votes. Equal votes share a rank; when the last place the municipality means
 * to fund is shared with a problem below it, the tie is reported to the council, never broken here.
 */
@Component("rankProblems")
public class RankProblems implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, CandidateProblem> problems = JsonVariables
        .records(execution.getVariable(PROBLEMS), CandidateProblem.class).stream()
        .collect(Collectors.toMap(CandidateProblem::id, Function.identity()));
    List<VoteCount> tally = new ArrayList<>(JsonVariables.records(execution.getVariable(VOTES), VoteCount.class));
    tally.sort(Comparator.comparingLong(VoteCount::votes).reversed()); // stable: ties keep registration order

    List<RankedProblem> ranking = new ArrayList<>();
    for (int i = 0; i < tally.size(); i++) {
      VoteCount count = tally.get(i);
      int rank = i > 0 && count.votes().equals(tally.get(i - 1).votes()) ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new RankedProblem(rank, count.problemId(), problems.get(count.problemId()).title(),
          count.votes(), problems.get(count.problemId()).affectedGroup()));
    }

    int boundary = ((Number) execution.getVariable(THEMES_PLANNED)).intValue();
    boolean tie = boundary < ranking.size()
        && ranking.get(boundary - 1).votes() == ranking.get(boundary).votes();
    String tied = tie
        ? ranking.stream()
            .filter(r -> r.votes() == ranking.get(boundary - 1).votes())
            .map(RankedProblem::title)
            .collect(Collectors.joining("; "))
        : null;

    execution.setVariable(RANKING, JsonVariables.json(ranking));
    execution.setVariable(TIE_AT_BOUNDARY, tie);
    execution.setVariable(TIED_PROBLEMS, tied);
    execution.setVariable(CANDIDATE_THEMES, JsonVariables.json(ranking.stream()
        .map(r -> new CandidateTheme(r.problemId(), r.title(), r.votes(), r.rank(), false, r.affectedGroup(), null))
        .toList()));
  }
}
