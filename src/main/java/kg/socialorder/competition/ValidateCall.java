package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE;
import static kg.socialorder.competition.CompetitionVariables.APPLICATION_DEADLINE_AT;
import static kg.socialorder.competition.CompetitionVariables.BUDGET_CEILING;
import static kg.socialorder.competition.CompetitionVariables.COMMISSION_CHAIR;
import static kg.socialorder.competition.CompetitionVariables.COMMISSION_INVITEES;
import static kg.socialorder.competition.CompetitionVariables.COMMISSION_MEMBERS;
import static kg.socialorder.competition.CompetitionVariables.COMMISSION_MEMBER_IDS;
import static kg.socialorder.competition.CompetitionVariables.COMMISSION_TABLE;
import static kg.socialorder.competition.CompetitionVariables.DEFAULT_SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.ELIGIBILITY_REQUIREMENTS;
import static kg.socialorder.competition.CompetitionVariables.EXPECTED_RESULTS;
import static kg.socialorder.competition.CompetitionVariables.GOAL;
import static kg.socialorder.competition.CompetitionVariables.MUNICIPALITY;
import static kg.socialorder.competition.CompetitionVariables.SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.TARGET_GROUP;
import static kg.socialorder.competition.CompetitionVariables.TASKS;
import static kg.socialorder.competition.CompetitionVariables.TERM_MONTHS;
import static kg.socialorder.competition.CompetitionVariables.THEME_BUDGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.BusinessCalendar;
import kg.socialorder.engine.Actors;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.identity.AddressOwners;
import kg.socialorder.identity.MembersNamed;
import kg.socialorder.identity.Role;
import kg.socialorder.engine.MoneyVariable;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The coordinator's call: terms of reference, a ceiling within the theme's budget, criteria whose
 * weights make 100 %, a last day not in the past, and a commission of at least three members of
 * the municipality's commission group with one of them as chair.
 */
@Component("validateCall")
public class ValidateCall implements TaskListener {

  static final int MIN_COMMISSION = 3;
  static final int MAX_CRITERIA = 10;
  static final int MAX_TERM_MONTHS = 60;

  /** Addresses as the portal's applications accept them. */
  static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private final ValidationMessages messages;
  private final BusinessCalendar calendar;
  private final CommissionCandidates candidates;
  private final AddressOwners owners;
  private final ApplicationEventPublisher events;

  public ValidateCall(ValidationMessages messages, BusinessCalendar calendar, CommissionCandidates candidates,
      AddressOwners owners, ApplicationEventPublisher events) {
    this.messages = messages;
    this.calendar = calendar;
    this.candidates = candidates;
    this.owners = owners;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    InputCheck check = messages.check();
    String goal = check.text(GOAL, task.getVariable(GOAL), true);
    String tasks = check.text(TASKS, task.getVariable(TASKS), true);
    String targetGroup = check.text(TARGET_GROUP, task.getVariable(TARGET_GROUP), true);
    String results = check.text(EXPECTED_RESULTS, task.getVariable(EXPECTED_RESULTS), true);
    Long term = check.wholeNumber(TERM_MONTHS, task.getVariable(TERM_MONTHS), true, 1, MAX_TERM_MONTHS);
    BigDecimal ceiling = check.amount(BUDGET_CEILING, task.getVariable(BUDGET_CEILING), true);
    BigDecimal themeBudget = MoneyVariable.read(task.getVariable(THEME_BUDGET));
    if (ceiling != null && ceiling.compareTo(themeBudget) > 0) {
      check.reject(BUDGET_CEILING, "ceilingAboveThemeBudget", themeBudget);
    }
    String requirements = check.text(ELIGIBILITY_REQUIREMENTS, task.getVariable(ELIGIBILITY_REQUIREMENTS), true);
    List<ScoringCriterion> criteria = criteria(check, task.getVariable(SCORING_CRITERIA),
        JsonVariables.records(task.getVariable(DEFAULT_SCORING_CRITERIA), ScoringCriterion.class));
    LocalDate deadline = check.date(APPLICATION_DEADLINE, task.getVariable(APPLICATION_DEADLINE), true,
        calendar.zone());
    if (deadline != null && deadline.isBefore(calendar.today())) {
      check.reject(APPLICATION_DEADLINE, "dateInPast");
    }

    Map<String, String> eligible = candidates.of((String) task.getVariable(MUNICIPALITY)).stream()
        .collect(Collectors.toMap(Option::value, Option::label, (a, b) -> a, LinkedHashMap::new));
    List<MembersNamed.Named> invitees = invitees(check, task);
    List<String> members = new ArrayList<>(check.choices(COMMISSION_MEMBERS, task.getVariable(COMMISSION_MEMBERS),
        invitees.isEmpty(), eligible.keySet()));
    int size = members.size() + invitees.size();
    if (size > 0 && size < MIN_COMMISSION) {
      check.reject(COMMISSION_MEMBERS, "commissionTooSmall", MIN_COMMISSION);
    }
    String chair = check.text(COMMISSION_CHAIR, task.getVariable(COMMISSION_CHAIR), true);
    if (chair != null && !members.isEmpty() && !members.contains(chair)) {
      check.reject(COMMISSION_CHAIR, "chairNotMember");
    }
    check.throwIfInvalid();

    Map<String, String> labels = new LinkedHashMap<>(eligible);
    if (!invitees.isEmpty()) {
      MembersNamed named = new MembersNamed(Role.COMMISSION, task.getTenantId(),
          java.util.Objects.requireNonNullElse(Actors.of(task), "process"), invitees);
      events.publishEvent(named);
      for (MembersNamed.Named invitee : invitees) {
        named.login(invitee.email()).filter(login -> !members.contains(login)).ifPresent(login -> {
          members.add(login);
          labels.put(login, invitee.name() + " (" + login + ")");
        });
      }
      // they are members now, offered among the candidates the next time the form is opened
      task.setVariable(COMMISSION_INVITEES, JsonVariables.json(List.of()));
    }

    task.setVariable(GOAL, goal);
    task.setVariable(TASKS, tasks);
    task.setVariable(TARGET_GROUP, targetGroup);
    task.setVariable(EXPECTED_RESULTS, results);
    task.setVariable(TERM_MONTHS, term.intValue());
    task.setVariable(BUDGET_CEILING, MoneyVariable.of(ceiling));
    task.setVariable(ELIGIBILITY_REQUIREMENTS, requirements);
    task.setVariable(SCORING_CRITERIA, JsonVariables.json(criteria));
    task.setVariable(APPLICATION_DEADLINE, deadline.toString());
    // the call closes when its last day ends in the municipality
    task.setVariable(APPLICATION_DEADLINE_AT,
        Date.from(deadline.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
    task.setVariable(COMMISSION_MEMBERS, JsonVariables.json(members));
    task.setVariable(COMMISSION_CHAIR, chair);
    task.setVariable(COMMISSION_MEMBER_IDS, Variables.objectValue(new ArrayList<>(members))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    task.setVariable(COMMISSION_TABLE, JsonVariables.json(members.stream()
        .map(m -> Map.of("member", labels.get(m) + (m.equals(chair) ? " — төрага / председатель" : "")))
        .toList()));
  }

  /** New members named by address: a name and an address each, no one of another municipality, none twice. */
  private List<MembersNamed.Named> invitees(InputCheck check, DelegateTask task) {
    List<MembersNamed.Named> invitees = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Map<String, Object>> rows = check.records(COMMISSION_INVITEES, task.getVariable(COMMISSION_INVITEES), false);
    for (int i = 0; i < rows.size(); i++) {
      String row = COMMISSION_INVITEES + "[" + (i + 1) + "]";
      Object rawName = rows.get(i).get("name");
      Object rawEmail = rows.get(i).get("email");
      if ((rawName == null || rawName.toString().isBlank()) && (rawEmail == null || rawEmail.toString().isBlank())) {
        continue;
      }
      String name = check.text(row + ".name", rawName, true);
      String email = check.text(row + ".email", rawEmail, true);
      if (email == null) {
        continue;
      }
      String address = email.toLowerCase(java.util.Locale.ROOT);
      if (!EMAIL.matcher(email).matches()) {
        check.reject(row + ".email", "emailFormat");
      } else if (owners.belongsElsewhere(email, task.getTenantId())) {
        check.reject(row + ".email", "emailOfAnotherMunicipality");
      } else if (!seen.add(address)) {
        check.reject(row + ".email", "memberTwice");
      } else if (name != null) {
        invitees.add(new MembersNamed.Named(name, address));
      }
    }
    return invitees;
  }

  private List<ScoringCriterion> criteria(InputCheck check, Object raw, List<ScoringCriterion> defaults) {
    // the form shows names only: a default criterion keeps its table's code, a new one gets one from its place
    Map<String, String> defaultCodes = defaults.stream()
        .collect(Collectors.toMap(ScoringCriterion::name, ScoringCriterion::code, (a, b) -> a));
    List<Map<String, Object>> rows = check.records(SCORING_CRITERIA, raw, true);
    if (rows.size() > MAX_CRITERIA) {
      check.reject(SCORING_CRITERIA, "tooMany", MAX_CRITERIA);
    }
    List<ScoringCriterion> criteria = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    long total = 0;
    boolean complete = true;
    for (int i = 0; i < rows.size(); i++) {
      String row = SCORING_CRITERIA + "[" + (i + 1) + "]";
      Function<String, Object> value = rows.get(i)::get;
      String code = check.text(row + ".code", value.apply("code"), false);
      String name = check.text(row + ".name", value.apply("name"), true);
      Long weight = check.wholeNumber(row + ".weight", value.apply("weight"), true, 1, 100);
      if (name != null && !names.add(name.toLowerCase(Locale.ROOT))) {
        check.reject(row + ".name", "duplicateCriterion");
      }
      if (code == null && name != null) {
        code = defaultCodes.get(name);
      }
      code = code == null || !codes.add(code) ? "criterion" + (i + 1) : code;
      codes.add(code);
      complete &= weight != null;
      total += weight == null ? 0 : weight;
      criteria.add(new ScoringCriterion(code, name, weight == null ? null : weight.intValue()));
    }
    if (complete && !rows.isEmpty() && total != 100) {
      check.reject(SCORING_CRITERIA, "weightsNotHundred", total);
    }
    return criteria;
  }
}
