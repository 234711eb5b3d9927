package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPEAL_WINDOW;
import static kg.socialorder.competition.CompetitionVariables.APPLICATION_PERIOD;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CALL_ROUND;
import static kg.socialorder.competition.CompetitionVariables.MIN_REGISTRATION_MONTHS;
import static kg.socialorder.competition.CompetitionVariables.MIN_SCORES_PER_APPLICATION;
import static kg.socialorder.competition.CompetitionVariables.MUNICIPALITY;
import static kg.socialorder.competition.CompetitionVariables.PROBLEM;
import static kg.socialorder.competition.CompetitionVariables.SCORING_PERIOD;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;
import static kg.socialorder.competition.CompetitionVariables.TARGET_GROUP;
import static kg.socialorder.competition.CompetitionVariables.THEME_BUDGET;
import static kg.socialorder.competition.CompetitionVariables.THEME_NUMBER;

import java.math.BigDecimal;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.BusinessKeys;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks the theme a competition starts with (from the calling social order or the start form),
 * copies the settings into variables, and gives a standalone competition its business key: the
 * municipality's next number with the theme, e.g. {@code KARAKOL-2026-3-T1}.
 */
@Component("validateCompetitionStart")
public class ValidateCompetitionStart implements ExecutionListener {

  private final ValidationMessages messages;
  private final BusinessKeys businessKeys;
  private final BusinessCalendar calendar;
  private final CompetitionProperties properties;

  public ValidateCompetitionStart(ValidationMessages messages, BusinessKeys businessKeys, BusinessCalendar calendar,
      CompetitionProperties properties) {
    this.messages = messages;
    this.businessKeys = businessKeys;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = messages.check();
    String municipality = check.municipality(execution.getTenantId());
    Long themeNumber = check.wholeNumber(THEME_NUMBER, execution.getVariable(THEME_NUMBER), true, 1,
        ApprovedTheme.MAX_NUMBER);
    String problem = check.text(PROBLEM, execution.getVariable(PROBLEM), true);
    String targetGroup = check.text(TARGET_GROUP, execution.getVariable(TARGET_GROUP), true);
    BigDecimal budget = check.amount(THEME_BUDGET, execution.getVariable(THEME_BUDGET), true);
    check.throwIfInvalid();

    execution.setVariable(MUNICIPALITY, municipality);
    execution.setVariable(THEME_NUMBER, themeNumber.intValue());
    execution.setVariable(PROBLEM, problem);
    execution.setVariable(TARGET_GROUP, targetGroup);
    execution.setVariable(THEME_BUDGET, MoneyVariable.of(budget));
    execution.setVariable(APPLICATION_PERIOD, properties.applicationPeriod().toString());
    execution.setVariable(SCORING_PERIOD, properties.scoringPeriod().toString());
    execution.setVariable(APPEAL_WINDOW, properties.appealWindow().toString());
    execution.setVariable(MIN_REGISTRATION_MONTHS, properties.minRegistrationMonths());
    execution.setVariable(MIN_SCORES_PER_APPLICATION, properties.minScoresPerApplication());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(
          businessKeys.next(municipality, calendar.today().getYear()) + "-T" + themeNumber);
    }
    execution.setVariable(CALL_ROUND, 1);
    execution.setVariable(CALL_NUMBER, execution.getProcessBusinessKey());
    execution.setVariable(SCORING_ROUND, 0);
  }
}
