package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEMS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Lays out the tally form: one line per registered problem, so votes can only be entered for
 * registered problems. On a recount the earlier counts stand in the lines, to be corrected.
 */
@Component("prepareBallot")
public class PrepareBallot implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<CandidateProblem> problems = JsonVariables.records(task.getVariable(PROBLEMS), CandidateProblem.class);
    Map<String, Long> earlier = new HashMap<>();
    for (VoteCount count : JsonVariables.records(task.getVariable(VOTES), VoteCount.class)) {
      earlier.put(count.problemId(), count.votes());
    }
    List<VoteCount> ballot = problems.stream()
        .map(p -> new VoteCount(p.id(), p.title(), earlier.get(p.id())))
        .toList();
    task.setVariable(VOTES, JsonVariables.json(ballot));
  }
}
