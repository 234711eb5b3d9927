package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE;
import static kg.socialorder.competition.CompetitionVariables.APPLICATION_PERIOD;
import static kg.socialorder.competition.CompetitionVariables.BUDGET_CEILING;
import static kg.socialorder.competition.CompetitionVariables.COMMISSION_CANDIDATES;
import static kg.socialorder.competition.CompetitionVariables.DEFAULT_SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.MUNICIPALITY;
import static kg.socialorder.competition.CompetitionVariables.SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.THEME_BUDGET;

import java.time.Period;
import java.util.List;
import kg.socialorder.PublicFormat;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Lays out the call form: the default criteria and weights from the scoring-criteria table, the
 * theme's budget as the ceiling, the default last day (today plus the application period), and
 * the commission members the coordinator may choose from. What the coordinator entered before (a
 * call returned by the head, or re-announced) stays, except a last day that has passed (today is
 * still open: the call closes when its last day ends).
 */
@Component("prepareCallForm")
public class PrepareCallForm implements TaskListener {

  private final BusinessCalendar calendar;
  private final CommissionCandidates candidates;

  public PrepareCallForm(BusinessCalendar calendar, CommissionCandidates candidates) {
    this.calendar = calendar;
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable(SCORING_CRITERIA) == null) {
      task.setVariable(SCORING_CRITERIA, JsonVariables.json(
          JsonVariables.records(task.getVariable(DEFAULT_SCORING_CRITERIA), ScoringCriterion.class)));
    }
    if (task.getVariable(BUDGET_CEILING) == null) {
      task.setVariable(BUDGET_CEILING, task.getVariable(THEME_BUDGET));
    }
    Object deadline = task.getVariable(APPLICATION_DEADLINE);
    if (deadline == null || PublicFormat.isoDay(deadline.toString()).isBefore(calendar.today())) {
      Period period = Period.parse((String) task.getVariable(APPLICATION_PERIOD));
      task.setVariable(APPLICATION_DEADLINE, calendar.today().plus(period).toString());
    }
    List<Option> options = candidates.of((String) task.getVariable(MUNICIPALITY));
    task.setVariable(COMMISSION_CANDIDATES, JsonVariables.json(options));
  }
}
