package kg.socialorder.procedure;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the forms of the problem selection submit, built from what their people decide: the
 * announcement, the problems residents named, the community's choice and the council's approval.
 */
public final class SelectionForms {

  /** A meeting where residents name their problems. */
  public record Meeting(LocalDate date, String place) {}

  /** A problem as residents named it; {@code source} is where it was named (a form's option). */
  public record Problem(String title, String description, String affectedGroup, String source) {}

  /**
   * The council's approval of one candidate theme: its budget, and its target group where the council
   * words it anew ({@code null}: as the candidate has it).
   */
  public record ThemeApproval(BigDecimal budget, String targetGroup) {}

  private record Vote(String problemId, long votes) {}

  private SelectionForms() {}

  /** AnnounceSelection: when, where residents meet, through which channels, and the text. */
  public static VariableMap announcement(LocalDate date, List<Meeting> meetings, List<String> channels, String text) {
    return Variables.createVariables()
        .putValue("announcementDate", date.toString())
        .putValue("meetings", json(meetings))
        .putValue("informationChannels", json(channels))
        .putValue("announcementText", text);
  }

  /** RegisterProblems: the problems in the order they were named. */
  public static VariableMap problems(List<Problem> problems) {
    return Variables.createVariables().putValue("problems", json(problems));
  }

  /**
   * RecordCommunityChoice by open vote: the votes of each problem in the order they were registered;
   * {@code women} may be unknown ({@code null}).
   */
  public static VariableMap choice(long participants, Long women, List<Long> votes) {
    VariableMap choice = Variables.createVariables()
        .putValue("votingMethod", "openVote")
        .putValue("participantsTotal", participants);
    if (women != null) {
      choice.putValue("participantsWomen", women);
    }
    return choice.putValue("votes", json(IntStream.range(0, votes.size())
        .mapToObj(i -> new Vote(String.valueOf(i + 1), votes.get(i))).toList()));
  }

  /**
   * ApproveThemes: the council approves the candidate themes (as the form lays them out) for which
   * {@code decision} gives an approval ({@code null}: not approved), under its resolution.
   */
  public static VariableMap approval(List<?> candidateThemes, Function<Map<String, Object>, ThemeApproval> decision,
      String resolutionNumber, LocalDate resolutionDate) {
    return Variables.createVariables()
        .putValue("councilDecision", "approve")
        .putValue("candidateThemes", json(LaidOutRows.filled(candidateThemes, "approved", (i, candidate) -> {
          ThemeApproval approval = decision.apply(candidate);
          if (approval != null && approval.targetGroup() != null) {
            candidate.put("targetGroup", approval.targetGroup());
          }
          candidate.put("budget", MoneyVariable.of(approval == null ? null : approval.budget()));
          return approval != null;
        })))
        .putValue("resolutionNumber", resolutionNumber)
        .putValue("resolutionDate", resolutionDate.toString());
  }

  /** ApproveThemes: the council sends the choice back to be counted again, saying why. */
  public static VariableMap recount(String reason) {
    return Variables.createVariables().putValue("councilDecision", "recount").putValue("recountReason", reason);
  }
}
