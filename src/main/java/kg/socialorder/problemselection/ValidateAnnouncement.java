package kg.socialorder.problemselection;

import static kg.socialorder.problemselection.ProblemSelectionVariables.ANNOUNCEMENT_DATE;
import static kg.socialorder.problemselection.ProblemSelectionVariables.ANNOUNCEMENT_TEXT;
import static kg.socialorder.problemselection.ProblemSelectionVariables.INFORMATION_CHANNELS;
import static kg.socialorder.problemselection.ProblemSelectionVariables.INFORMATION_CHANNEL_CODES;
import static kg.socialorder.problemselection.ProblemSelectionVariables.MEETINGS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The coordinator's announcement: when it is made, where residents meet and how they are told. */
@Component("validateAnnouncement")
public class ValidateAnnouncement implements TaskListener {

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;

  public ValidateAnnouncement(ValidationMessages messages, BusinessCalendar calendar) {
    this.messages = messages;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    LocalDate announced = check.date(ANNOUNCEMENT_DATE, task.getVariable(ANNOUNCEMENT_DATE), true, calendar.zone());
    if (announced != null && announced.isBefore(calendar.today())) {
      check.reject(ANNOUNCEMENT_DATE, "dateInPast");
    }
    List<Meeting> meetings = new ArrayList<>();
    List<Map<String, Object>> rows = check.records(MEETINGS, task.getVariable(MEETINGS), true);
    for (int i = 0; i < rows.size(); i++) {
      String row = MEETINGS + "[" + (i + 1) + "]";
      LocalDate date = check.date(row + ".date", rows.get(i).get("date"), true, calendar.zone());
      if (date != null && announced != null && date.isBefore(announced)) {
        check.reject(row + ".date", "beforeAnnouncement");
      }
      String place = check.text(row + ".place", rows.get(i).get("place"), true);
      meetings.add(new Meeting(date, place));
    }
    List<String> channels = check.choices(
        INFORMATION_CHANNELS, task.getVariable(INFORMATION_CHANNELS), true, INFORMATION_CHANNEL_CODES);
    String text = check.text(ANNOUNCEMENT_TEXT, task.getVariable(ANNOUNCEMENT_TEXT), false);
    check.throwIfInvalid();

    task.setVariable(ANNOUNCEMENT_DATE, announced.toString());
    task.setVariable(MEETINGS, JsonVariables.json(meetings));
    task.setVariable(INFORMATION_CHANNELS, JsonVariables.json(channels));
    task.setVariable(ANNOUNCEMENT_TEXT, text);
  }
}
