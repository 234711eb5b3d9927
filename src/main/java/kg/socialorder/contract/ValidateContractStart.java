package kg.socialorder.contract;

import static kg.socialorder.contract.ContractVariables.BUDGET_CEILING;
import static kg.socialorder.contract.ContractVariables.CONTRACTOR_NAME;
import static kg.socialorder.contract.ContractVariables.MUNICIPALITY;
import static kg.socialorder.contract.ContractVariables.PROBLEM;
import static kg.socialorder.contract.ContractVariables.PROJECT_TITLE;
import static kg.socialorder.contract.ContractVariables.REVIEW_PERIOD;
import static kg.socialorder.contract.ContractVariables.SIGNING_PERIOD;
import static kg.socialorder.contract.ContractVariables.TARGET_GROUP;
import static kg.socialorder.contract.ContractVariables.THEME_NUMBER;
import static kg.socialorder.contract.ContractVariables.WINNER;
import static kg.socialorder.contract.ContractVariables.WINNER_FIELD_PREFIX;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.BusinessKeys;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Checks what a contract starts with: the theme and the winner, handed over by the social order as
 * a {@code winner} record, or typed into the start form field by field ({@code winnerOrganisationName}
 * …) when a coordinator runs the contract on its own. Copies the deadlines from the settings, lists
 * the logins the coordinator may name, and gives a standalone contract its business key.
 */
@Component("validateContractStart")
public class ValidateContractStart implements ExecutionListener {

  static final List<String> WINNER_FIELDS = List.of("applicationId", "registrationNumber", "organisationName",
      "legalForm", "taxNumber", "projectTitle", "requestedAmount", "contactEmail");

  private final ValidationMessages messages;
  private final BusinessKeys businessKeys;
  private final BusinessCalendar calendar;
  private final ContractProperties properties;

  public ValidateContractStart(ValidationMessages messages, BusinessKeys businessKeys, BusinessCalendar calendar,
      ContractProperties properties) {
    this.messages = messages;
    this.businessKeys = businessKeys;
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputCheck check = messages.check();
    String municipality = check.municipality(execution.getTenantId());
    Object themeRaw = execution.getVariable(THEME_NUMBER);
    Long theme = check.wholeNumber(THEME_NUMBER, themeRaw == null ? 1 : themeRaw, true, 1, ApprovedTheme.MAX_NUMBER);
    String problem = check.text(PROBLEM, execution.getVariable(PROBLEM), true);
    String targetGroup = check.text(TARGET_GROUP, execution.getVariable(TARGET_GROUP), true);
    BigDecimal ceiling = check.amount(BUDGET_CEILING, execution.getVariable(BUDGET_CEILING), true);
    Winner winner = winner(execution, check);
    check.throwIfInvalid();

    execution.setVariable(MUNICIPALITY, municipality);
    execution.setVariable(THEME_NUMBER, theme.intValue());
    execution.setVariable(PROBLEM, problem);
    execution.setVariable(TARGET_GROUP, targetGroup);
    execution.setVariable(BUDGET_CEILING, MoneyVariable.of(ceiling));
    execution.setVariable(WINNER, JsonVariables.json(winner));
    for (String field : WINNER_FIELDS) {
      execution.removeVariable(flatName(field));
    }
    execution.setVariable(CONTRACTOR_NAME, winner.organisationName());
    execution.setVariable(PROJECT_TITLE, winner.projectTitle());
    execution.setVariable(REVIEW_PERIOD, properties.reviewPeriod().toString());
    execution.setVariable(SIGNING_PERIOD, properties.signingPeriod().toString());
    businessKeys.assignIfMissing(execution, municipality, calendar.today().getYear());
  }

  /** From the caller's record, or else from the start form's fields; violations name the form's fields. */
  private Winner winner(DelegateExecution execution, InputCheck check) {
    Object handedOver = JsonVariables.plain(execution.getVariable(WINNER));
    Map<?, ?> record = handedOver instanceof Map<?, ?> map ? map : null;
    Function<String, Object> value = field -> record != null
        ? record.get(field) : execution.getVariable(flatName(field));
    return new Winner(
        check.text(flatName("applicationId"), asText(value.apply("applicationId")), false),
        check.text(flatName("registrationNumber"), asText(value.apply("registrationNumber")), false),
        check.text(flatName("organisationName"), value.apply("organisationName"), true),
        check.text(flatName("legalForm"), value.apply("legalForm"), false),
        check.text(flatName("taxNumber"), asText(value.apply("taxNumber")), false),
        check.text(flatName("projectTitle"), value.apply("projectTitle"), true),
        check.amount(flatName("requestedAmount"), value.apply("requestedAmount"), true),
        check.text(flatName("contactEmail"), value.apply("contactEmail"), false));
  }

  /** Identifiers may come as numbers from another process; they are kept as text. */
  private static Object asText(Object value) {
    return value instanceof Number number ? number.toString() : value;
  }

  static String flatName(String field) {
    return WINNER_FIELD_PREFIX + Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }
}
