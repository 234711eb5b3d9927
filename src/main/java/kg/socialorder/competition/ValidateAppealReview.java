package kg.socialorder.competition;


import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.socialorder.engine.Actors;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import static kg.socialorder.competition.CompetitionVariables.APPEALS;
import static kg.socialorder.competition.CompetitionVariables.APPEALS_PENDING;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_REJECT;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_UPHELD;
import static kg.socialorder.competition.CompetitionVariables.APPEAL_UPHOLD;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;

/**
 * The head's decision on each appeal, with reasons. One appeal upheld sends the applications back
 * to the commission; otherwise the award stands, and appeals filed meanwhile are counted for review.
 */
@Component("validateAppealReview")
public class ValidateAppealReview implements TaskListener {

  private final ValidationMessages messages;
  private final AppealRegister appeals;
  private final Clock clock;

  public ValidateAppealReview(ValidationMessages messages, AppealRegister appeals, Clock clock) {
    this.messages = messages;
    this.appeals = appeals;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String callNumber = (String) task.getVariable(CALL_NUMBER);
    Map<Long, Appeal> pending = appeals.pending(callNumber).stream()
        .collect(Collectors.toMap(Appeal::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    InputCheck check = messages.check();
    Map<Long, String[]> decisions = new LinkedHashMap<>();
    List<Map<String, Object>> rows = check.records(APPEALS, task.getVariableLocal(APPEALS), false);
    for (int i = 0; i < rows.size(); i++) {
      String row = APPEALS + "[" + (i + 1) + "]";
      Long id = RecordScores.idOf(rows.get(i).get("appealId"));
      if (id == null || !pending.containsKey(id) || decisions.containsKey(id)) {
        check.reject(row + ".registrationNumber", "unknownAppeal", rows.get(i).get("registrationNumber"));
        continue;
      }
      String decision = check.choice(row + ".decision", rows.get(i).get("decision"), true,
          Set.of(APPEAL_UPHOLD, APPEAL_REJECT));
      String reason = check.text(row + ".reason", rows.get(i).get("reason"), true);
      decisions.put(id, new String[] {decision, reason});
    }
    check.throwIfInvalid();

    String head = Actors.of(task);
    Instant now = clock.instant();
    decisions.forEach((id, decision) -> appeals.decide(id,
        APPEAL_UPHOLD.equals(decision[0]) ? Appeal.UPHELD : Appeal.REJECTED, decision[1], head, now));
    boolean upheld = decisions.values().stream().anyMatch(d -> APPEAL_UPHOLD.equals(d[0]));
    task.setVariable(APPEAL_UPHELD, upheld);
    task.setVariable(APPEALS_PENDING, appeals.pending(callNumber).size());
  }
}
