package kg.socialorder.order;

import static kg.socialorder.order.SocialOrderVariables.PROBLEM;
import static kg.socialorder.order.SocialOrderVariables.TARGET_GROUP;
import static kg.socialorder.order.SocialOrderVariables.THEME;
import static kg.socialorder.order.SocialOrderVariables.THEME_BUDGET;
import static kg.socialorder.order.SocialOrderVariables.THEME_KEY;
import static kg.socialorder.order.SocialOrderVariables.THEME_NUMBER;

import java.util.List;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.problemselection.ApprovedTheme;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a theme's branch: its figures as variables of the branch, its key (the order's key and the
 * theme number, e.g. KARAKOL-2019-1-T2), and its entry in the public register.
 */
@Component("prepareTheme")
public class PrepareTheme implements JavaDelegate {

  private final ThemeEntry themes;

  public PrepareTheme(ThemeEntry themes) {
    this.themes = themes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ApprovedTheme theme = JsonVariables.records(List.of(JsonVariables.plain(execution.getVariable(THEME))),
        ApprovedTheme.class).get(0);
    String themeKey = themes.enterCompetition(execution.getProcessBusinessKey(), theme);
    // local to the branch: parallel themes must not overwrite each other's figures
    execution.setVariableLocal(THEME_KEY, themeKey);
    execution.setVariableLocal(THEME_NUMBER, theme.themeNumber());
    execution.setVariableLocal(PROBLEM, theme.problem());
    execution.setVariableLocal(TARGET_GROUP, theme.targetGroup());
    execution.setVariableLocal(THEME_BUDGET, MoneyVariable.of(theme.budget()));
  }
}
