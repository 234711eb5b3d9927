package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.PROTOCOL_DATE;
import static kg.socialorder.competition.CompetitionVariables.PROTOCOL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.RANKING;
import static kg.socialorder.competition.CompetitionVariables.WINNER;
import static kg.socialorder.competition.CompetitionVariables.WINNER_APPLICATION_ID;
import static kg.socialorder.competition.CompetitionVariables.WINNER_JUSTIFICATION;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The commission's protocol: its number and date, and the winner among the ranked applications. The
 * first-ranked wins by default; choosing another needs a written justification.
 */
@Component("validateProtocol")
public class ValidateProtocol implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final ApplicationRegister applications;

  public ValidateProtocol(ValidationMessages messages, BusinessCalendar calendar, ApplicationRegister applications) {
    this.messages = messages;
    this.calendar = calendar;
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String number = check.text(PROTOCOL_NUMBER, task.getVariable(PROTOCOL_NUMBER), true);
    LocalDate date = check.date(PROTOCOL_DATE, task.getVariable(PROTOCOL_DATE), true, calendar.zone());
    if (date != null && date.isAfter(calendar.today())) {
      check.reject(PROTOCOL_DATE, "dateInFuture");
    }
    Map<String, RankedApplication> ranked = JsonVariables
        .records(task.getVariable(RANKING), RankedApplication.class).stream()
        .filter(RankedApplication::ranked)
        .collect(Collectors.toMap(r -> String.valueOf(r.applicationId()), Function.identity()));
    Object chosenRaw = task.getVariable(WINNER_APPLICATION_ID);
    String chosen = check.text(WINNER_APPLICATION_ID, chosenRaw == null ? null : String.valueOf(chosenRaw), true);
    RankedApplication winner = chosen == null ? null : ranked.get(chosen);
    if (chosen != null && winner == null) {
      check.reject(WINNER_APPLICATION_ID, "notRanked");
    }
    String justification = check.text(WINNER_JUSTIFICATION, task.getVariable(WINNER_JUSTIFICATION), false);
    if (winner != null && winner.rank() != 1 && justification == null
        && !check.hasViolationFor(WINNER_JUSTIFICATION)) {
      check.reject(WINNER_JUSTIFICATION, "justificationRequired", winner.rank());
    }
    check.throwIfInvalid();

    task.setVariable(PROTOCOL_NUMBER, number);
    task.setVariable(PROTOCOL_DATE, date.toString());
    task.setVariable(WINNER_APPLICATION_ID, chosen);
    task.setVariable(WINNER_JUSTIFICATION, justification);
    task.setVariable(WINNER, JsonVariables.json(Winner.of(applications.get(winner.applicationId()))));
  }
}
