package kg.socialorder.finalreport;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.socialorder.competition.Application;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionCall;
import kg.socialorder.competition.CompetitionVariables;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.finalreport.PublicReport.Applicant;
import kg.socialorder.finalreport.PublicReport.Competition;
import kg.socialorder.finalreport.PublicReport.Selection;
import kg.socialorder.finalreport.PublicReport.Tranche;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.problemselection.ProblemSelectionVariables;
import kg.socialorder.contract.PaymentLedger;
import kg.socialorder.tranche.TrancheVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The earlier stages of a theme, for its public report: read from the history of the processes the
 * social order ran under the theme's keys (the order's key for problem selection, the theme's key,
 * e.g. KARAKOL-2019-1-T2, for competition, contract and tranches), and from the project's registers.
 */
@Component
public class PublicReportSources {

  private static final Pattern THEME_KEY = Pattern.compile("^(.+)-T(\\d+)$");

  private final HistoryService history;
  private final CallRegister calls;
  private final ApplicationRegister applications;
  private final PaymentLedger ledger;

  public PublicReportSources(HistoryService history, CallRegister calls, ApplicationRegister applications,
      PaymentLedger ledger) {
    this.history = history;
    this.calls = calls;
    this.applications = applications;
    this.ledger = ledger;
  }

  /** How residents chose the problem; null when the report's key is not a theme of a social order. */
  public Selection selection(String themeKey) {
    Matcher theme = THEME_KEY.matcher(themeKey);
    if (!theme.matches()) {
      return null;
    }
    Map<String, Object> variables = variables("problem-selection", theme.group(1));
    if (variables.isEmpty()) {
      return null;
    }
    int number = Integer.parseInt(theme.group(2));
    ApprovedTheme approved = JsonVariables.records(variables.get(ProblemSelectionVariables.APPROVED_THEMES),
        ApprovedTheme.class).stream().filter(t -> t.themeNumber() == number).findFirst().orElse(null);
    if (approved == null) {
      return null;
    }
    return new Selection(approved.problem(), approved.votes(),
        number(variables.get(ProblemSelectionVariables.PARTICIPANTS_TOTAL)),
        variables.get(ProblemSelectionVariables.PARTICIPANTS_WOMEN) == null ? null
            : number(variables.get(ProblemSelectionVariables.PARTICIPANTS_WOMEN)),
        (String) variables.get(ProblemSelectionVariables.VOTING_METHOD),
        JsonVariables.records(variables.get(ProblemSelectionVariables.PROBLEMS), Object.class).size());
  }

  /** The competition of the theme as it ended: its last call's applications and the winner. */
  public Competition competition(String themeKey) {
    Object callNumber = variables("competition", themeKey).get(CompetitionVariables.CALL_NUMBER);
    if (callNumber == null) {
      return null;
    }
    List<Application> received = applications.ofCall((String) callNumber);
    List<Applicant> ranking = received.stream()
        .sorted(Comparator.comparing(Application::rankingPosition, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(a -> new Applicant(a.rankingPosition(), a.organisationName(), Boolean.TRUE.equals(a.eligible()),
            a.totalScore()))
        .toList();
    Long winnerId = calls.find((String) callNumber).map(CompetitionCall::winnerApplicationId).orElse(null);
    String winner = received.stream().filter(a -> Objects.equals(a.id(), winnerId))
        .map(Application::organisationName).findFirst().orElse(null);
    return new Competition((String) callNumber, received.size(),
        (int) received.stream().filter(a -> Boolean.TRUE.equals(a.eligible())).count(), winner, ranking);
  }

  /** Each tranche as paid (the ledger) and accepted (the tranche's history). */
  public List<Tranche> tranches(String themeKey, String municipality, String contractNumber) {
    Map<Integer, String> acceptedOn = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("tranche").processInstanceBusinessKey(themeKey).list().stream()
        .map(instance -> variablesOf(instance.getId()))
        .filter(v -> v.get(TrancheVariables.TRANCHE_NUMBER) != null && v.get(TrancheVariables.ACCEPTED_ON) != null)
        .collect(Collectors.toMap(v -> (int) number(v.get(TrancheVariables.TRANCHE_NUMBER)),
            v -> (String) v.get(TrancheVariables.ACCEPTED_ON), (a, b) -> b));
    return ledger.ofContract(municipality, contractNumber).stream()
        .map(p -> new Tranche(p.trancheNumber(), p.amount(), p.paidOn().toString(), acceptedOn.get(p.trancheNumber())))
        .toList();
  }

  private Map<String, Object> variables(String processKey, String businessKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().list().stream()
        .findFirst().map(HistoricProcessInstance::getId).map(this::variablesOf).orElse(Map.of());
  }

  private Map<String, Object> variablesOf(String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list()) {
      Object value = JsonVariables.plain(variable.getTypedValue());
      if (value != null) {
        values.put(variable.getName(), value);
      }
    }
    return values;
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : Long.parseLong(Objects.toString(value));
  }
}
