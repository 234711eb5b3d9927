package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATIONS;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.CONFLICTS;
import static kg.socialorder.competition.CompetitionVariables.MEMBER;
import static kg.socialorder.competition.CompetitionVariables.SCORESHEET;
import static kg.socialorder.competition.CompetitionVariables.SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A member's declarations and scores: one declaration per eligible application, and a score from 0
 * to 10 on every criterion of every application without a conflict. Scores of an application the
 * member declared a conflict on are not recorded. Stored in the member's own rows of the score tables.
 */
@Component("recordScores")
public class RecordScores implements TaskListener {

  static final int MAX_SCORE = 10;

  private final ValidationMessages messages;
  private final ScoreRegister scores;

  public RecordScores(ValidationMessages messages, ScoreRegister scores) {
    this.messages = messages;
    this.scores = scores;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<Long, ApplicationSummary> eligible = JsonVariables
        .records(task.getVariable(APPLICATIONS), ApplicationSummary.class).stream()
        .filter(ApplicationSummary::eligible)
        .collect(Collectors.toMap(ApplicationSummary::applicationId, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
    Map<String, ScoringCriterion> criteria = JsonVariables
        .records(task.getVariable(SCORING_CRITERIA), ScoringCriterion.class).stream()
        .collect(Collectors.toMap(ScoringCriterion::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    // the form shows people registration numbers and criterion names, not internal ids and codes
    Map<String, Long> byRegistration = eligible.values().stream().collect(Collectors.toMap(
        ApplicationSummary::registrationNumber, ApplicationSummary::applicationId, (a, b) -> a));
    Map<String, ScoringCriterion> byName = criteria.values().stream().collect(Collectors.toMap(
        ScoringCriterion::name, Function.identity(), (a, b) -> a));
    InputCheck check = messages.check();

    Map<Long, ConflictDeclaration> declared = new LinkedHashMap<>();
    List<Map<String, Object>> conflictRows = check.records(CONFLICTS, task.getVariableLocal(CONFLICTS), true);
    for (int i = 0; i < conflictRows.size(); i++) {
      String row = CONFLICTS + "[" + (i + 1) + "]";
      Long id = applicationOf(conflictRows.get(i), byRegistration);
      ApplicationSummary application = id == null ? null : eligible.get(id);
      if (application == null || declared.containsKey(id)) {
        check.reject(row + ".registrationNumber", "unknownApplication", conflictRows.get(i).get("registrationNumber"));
        continue;
      }
      boolean conflict = check.flag(row + ".conflictOfInterest", conflictRows.get(i).get("conflictOfInterest"));
      declared.put(id, new ConflictDeclaration(id, application.registrationNumber(),
          application.organisationName(), application.projectTitle(), conflict));
    }
    eligible.values().stream()
        .filter(a -> !declared.containsKey(a.applicationId()))
        .forEach(a -> check.reject(CONFLICTS, "declarationMissing", a.registrationNumber()));

    List<ScoreEntry> entries = new ArrayList<>();
    Set<String> scored = new HashSet<>();
    List<Map<String, Object>> scoreRows = check.records(SCORESHEET, task.getVariableLocal(SCORESHEET), true);
    for (int i = 0; i < scoreRows.size(); i++) {
      String row = SCORESHEET + "[" + (i + 1) + "]";
      Map<String, Object> values = scoreRows.get(i);
      Long id = applicationOf(values, byRegistration);
      ApplicationSummary application = id == null ? null : eligible.get(id);
      ScoringCriterion criterion = values.get("criterion") != null
          ? criteria.get(String.valueOf(values.get("criterion")))
          : byName.get(String.valueOf(values.get("criterionName")));
      if (application == null || criterion == null || !scored.add(id + "/" + criterion.code())) {
        check.reject(row + ".criterionName", "unknownScoreLine", values.get("registrationNumber"));
        continue;
      }
      ConflictDeclaration declaration = declared.get(id);
      if (declaration != null && declaration.conflictOfInterest()) {
        continue;
      }
      Long score = check.wholeNumber(row + ".score", values.get("score"), true, 0, MAX_SCORE);
      entries.add(new ScoreEntry(id, application.registrationNumber(), application.projectTitle(),
          criterion.code(), criterion.name(), criterion.weight(), score == null ? null : score.intValue()));
    }
    for (ConflictDeclaration declaration : declared.values()) {
      if (declaration.conflictOfInterest()) {
        continue;
      }
      criteria.values().stream()
          .filter(c -> !scored.contains(declaration.applicationId() + "/" + c.code()))
          .forEach(c -> check.reject(SCORESHEET, "scoreMissing", declaration.registrationNumber(), c.name()));
    }
    check.throwIfInvalid();

    scores.recordSheet((String) task.getVariable(CALL_NUMBER), (Integer) task.getVariable(SCORING_ROUND),
        (String) task.getVariable(MEMBER), List.copyOf(declared.values()), entries);
  }

  /** The application a row is about: by its id where the row carries one, else by its registration number. */
  private static Long applicationOf(Map<String, Object> row, Map<String, Long> byRegistration) {
    Long id = idOf(row.get("applicationId"));
    return id != null ? id : byRegistration.get(String.valueOf(row.get("registrationNumber")));
  }

  /** An id a form sends back: a number, or its text (a text field). */
  static Long idOf(Object raw) {
    if (raw instanceof Number number) {
      return number.longValue();
    }
    try {
      return raw == null ? null : Long.valueOf(raw.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
