package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATIONS;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CONFLICTS;
import static kg.socialorder.competition.CompetitionVariables.MEMBER;
import static kg.socialorder.competition.CompetitionVariables.SCORESHEET;
import static kg.socialorder.competition.CompetitionVariables.SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Lays out a member's scoring form: a conflict-of-interest line per eligible application and a
 * score line per application and criterion. Both lists are the task's own variables, so members
 * working at the same time never write the same variable. In a new round (after an upheld appeal)
 * the member's earlier scores and declarations stand in the lines, to be reconsidered.
 */
@Component("prepareScoresheet")
public class PrepareScoresheet implements TaskListener {

  private final ScoreRegister scores;

  public PrepareScoresheet(ScoreRegister scores) {
    this.scores = scores;
  }

  @Override
  public void notify(DelegateTask task) {
    String callNumber = (String) task.getVariable(CALL_NUMBER);
    int round = (Integer) task.getVariable(SCORING_ROUND);
    String member = (String) task.getVariable(MEMBER);
    Map<Long, Map<String, Integer>> earlier = scores.scoresOf(callNumber, round - 1, member);
    List<Long> earlierConflicts = scores.conflictsOf(callNumber, round - 1, member);
    List<ScoringCriterion> criteria = JsonVariables.records(task.getVariable(SCORING_CRITERIA), ScoringCriterion.class);

    List<ConflictDeclaration> conflicts = new ArrayList<>();
    List<ScoreEntry> sheet = new ArrayList<>();
    for (ApplicationSummary application : JsonVariables.records(task.getVariable(APPLICATIONS), ApplicationSummary.class)) {
      if (!application.eligible()) {
        continue;
      }
      conflicts.add(new ConflictDeclaration(application.applicationId(), application.registrationNumber(),
          application.organisationName(), application.projectTitle(),
          earlierConflicts.contains(application.applicationId())));
      for (ScoringCriterion criterion : criteria) {
        sheet.add(new ScoreEntry(application.applicationId(), application.registrationNumber(),
            application.projectTitle(), criterion.code(), criterion.name(), criterion.weight(),
            earlier.getOrDefault(application.applicationId(), Map.of()).get(criterion.code())));
      }
    }
    task.setVariableLocal(CONFLICTS, JsonVariables.json(conflicts));
    task.setVariableLocal(SCORESHEET, JsonVariables.json(sheet));
  }
}
