package kg.socialorder.finalreport;

import static kg.socialorder.finalreport.FinalReportVariables.HEARING_ATTENDANCE;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_DATE;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_FORMAT;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_FORMAT_CODES;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_MINUTES;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_PLACE;
import static kg.socialorder.finalreport.FinalReportVariables.HEARING_QUESTIONS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The public accountability event as it was held: public hearing, people's assembly (элдик жыйын)
 * or round table; when, where, how many residents came, the minutes, questions and answers.
 */
@Component("validatePublicHearing")
public class ValidatePublicHearing implements TaskListener {

  static final long MAX_ATTENDANCE = 1_000_000;

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final FinalReportRegister register;

  public ValidatePublicHearing(ValidationMessages messages, BusinessCalendar calendar, FinalReportRegister register) {
    this.messages = messages;
    this.calendar = calendar;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String format = check.choice(HEARING_FORMAT, task.getVariable(HEARING_FORMAT), true, HEARING_FORMAT_CODES);
    LocalDate date = check.date(HEARING_DATE, task.getVariable(HEARING_DATE), true, calendar.zone());
    if (date != null && date.isAfter(calendar.today())) {
      check.reject(HEARING_DATE, "hearingNotHeldYet");
    }
    String place = check.text(HEARING_PLACE, task.getVariable(HEARING_PLACE), true);
    Long attendance = check.wholeNumber(HEARING_ATTENDANCE, task.getVariable(HEARING_ATTENDANCE), true, 1,
        MAX_ATTENDANCE);
    String minutes = check.text(HEARING_MINUTES, task.getVariable(HEARING_MINUTES), true);
    List<HearingQuestion> questions = new ArrayList<>();
    List<Map<String, Object>> rows = check.records(HEARING_QUESTIONS, task.getVariable(HEARING_QUESTIONS), false);
    for (int i = 0; i < rows.size(); i++) {
      String row = HEARING_QUESTIONS + "[" + (i + 1) + "]";
      String question = check.text(row + ".question", rows.get(i).get("question"), false);
      String answer = check.text(row + ".answer", rows.get(i).get("answer"), question != null);
      if (question != null) {
        questions.add(new HearingQuestion(question, answer));
      }
    }
    check.throwIfInvalid();
    register.hearingHeld(task.getExecution().getProcessBusinessKey(), format, date, place, attendance, minutes,
        questions, Actors.of(task));
    task.setVariable(HEARING_FORMAT, format);
    task.setVariable(HEARING_DATE, date.toString());
    task.setVariable(HEARING_PLACE, place);
    task.setVariable(HEARING_ATTENDANCE, attendance);
    task.setVariable(HEARING_MINUTES, minutes);
    task.setVariable(HEARING_QUESTIONS, JsonVariables.json(questions));
  }
}
