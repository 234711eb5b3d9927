package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.PARTICIPANTS_TOTAL;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PARTICIPANTS_WOMEN;
import static kg.socialorder.problemselection.ProblemSelectionVariables.PROBLEMS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTING_METHOD;
import static kg.socialorder.problemselection.ProblemSelectionVariables.VOTING_METHOD_CODES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The community's choice: how residents voted, how many took part, and a count per problem. */
@Component("validateCommunityChoice")
public class ValidateCommunityChoice implements TaskListener {

  static final long MAX_PEOPLE = 10_000_000;

  private final ValidationMessages messages;

  public ValidateCommunityChoice(ValidationMessages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    check.choice(VOTING_METHOD, task.getVariable(VOTING_METHOD), true, VOTING_METHOD_CODES);
    Long total = check.wholeNumber(PARTICIPANTS_TOTAL, task.getVariable(PARTICIPANTS_TOTAL), true, 1, MAX_PEOPLE);
    Long women = check.wholeNumber(PARTICIPANTS_WOMEN, task.getVariable(PARTICIPANTS_WOMEN), false, 0, MAX_PEOPLE);
    if (total != null && women != null && women > total) {
      check.reject(PARTICIPANTS_WOMEN, "womenExceedTotal");
    }

    Map<String, CandidateProblem> registered = new LinkedHashMap<>();
    JsonVariables.records(task.getVariable(PROBLEMS), CandidateProblem.class)
        .forEach(p -> registered.put(p.id(), p));
    Map<String, Long> counted = new LinkedHashMap<>();
    List<Map<String, Object>> rows = check.records(VOTES, task.getVariable(VOTES), true);
    for (int i = 0; i < rows.size(); i++) {
      String row = VOTES + "[" + (i + 1) + "]";
      String problemId = check.text(row + ".problemId", rows.get(i).get("problemId"), true);
      Long votes = check.wholeNumber(row + ".votes", rows.get(i).get("votes"), true, 0, MAX_PEOPLE);
      if (problemId == null) {
        continue;
      }
      if (!registered.containsKey(problemId)) {
        check.reject(row + ".problemId", "unknownProblem", problemId);
      } else if (counted.containsKey(problemId)) {
        check.reject(row + ".problemId", "countedTwice", registered.get(problemId).title());
      } else {
        counted.put(problemId, votes);
      }
    }
    if (!rows.isEmpty()) {
      registered.values().stream()
          .filter(p -> !counted.containsKey(p.id()))
          .forEach(p -> check.reject(VOTES, "missingVotes", p.title()));
    }
    check.throwIfInvalid();

    List<VoteCount> tally = new ArrayList<>();
    registered.values().forEach(p -> tally.add(new VoteCount(p.id(), p.title(), counted.get(p.id()))));
    task.setVariable(VOTES, JsonVariables.json(tally));
    task.setVariable(PARTICIPANTS_TOTAL, total);
    task.setVariable(PARTICIPANTS_WOMEN, women);
  }
}
