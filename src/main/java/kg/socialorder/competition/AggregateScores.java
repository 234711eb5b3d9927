package kg.socialorder.competition;

import static kg.socialorder.competition.CompetitionVariables.APPLICATIONS;
import static kg.socialorder.competition.CompetitionVariables.CALL_NUMBER;
import static kg.socialorder.competition.CompetitionVariables.MIN_SCORES_PER_APPLICATION;
import static kg.socialorder.competition.CompetitionVariables.RANKED_COUNT;
import static kg.socialorder.competition.CompetitionVariables.RANKING;
import static kg.socialorder.competition.CompetitionVariables.SCORING_CRITERIA;
import static kg.socialorder.competition.CompetitionVariables.SCORING_ROUND;
import static kg.socialorder.competition.CompetitionVariables.TIED_APPLICATIONS;
import static kg.socialorder.competition.CompetitionVariables.TIE_AT_TOP;
import static kg.socialorder.competition.CompetitionVariables.WINNER_APPLICATION_ID;
import static kg.socialorder.competition.CompetitionVariables.WINNER_JUSTIFICATION;
import static kg.socialorder.competition.CompetitionVariables.WINNER_OPTIONS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.socialorder.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Aggregates the round's scores: each member's weighted score (0–10) of an application, averaged
 * over the members who scored it. An application scored by fewer members than the minimum is not
 * ranked. Equal scores share a rank; a tie at the top is shown to the commission, never broken here.
 */
@Component("aggregateScores")
public class AggregateScores implements JavaDelegate {

  private final ScoreRegister scores;
  private final ApplicationRegister applications;
  private final CallRegister calls;

  public AggregateScores(ScoreRegister scores, ApplicationRegister applications, CallRegister calls) {
    this.scores = scores;
    this.applications = applications;
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callNumber = (String) execution.getVariable(CALL_NUMBER);
    int round = (Integer) execution.getVariable(SCORING_ROUND);
    int minScores = (Integer) execution.getVariable(MIN_SCORES_PER_APPLICATION);
    List<ScoringCriterion> criteria = JsonVariables.records(execution.getVariable(SCORING_CRITERIA), ScoringCriterion.class);
    Map<Long, Map<String, Map<String, Integer>>> sheets = scores.scores(callNumber, round);

    List<RankedApplication> scored = new ArrayList<>();
    List<RankedApplication> unranked = new ArrayList<>();
    for (ApplicationSummary application : JsonVariables.records(execution.getVariable(APPLICATIONS), ApplicationSummary.class)) {
      if (!application.eligible()) {
        continue;
      }
      Map<String, Map<String, Integer>> byMember = sheets.getOrDefault(application.applicationId(), Map.of());
      List<BigDecimal> memberScores = byMember.values().stream().map(s -> weighted(s, criteria)).toList();
      BigDecimal score = memberScores.isEmpty() ? null : memberScores.stream()
          .reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(memberScores.size()), 2, RoundingMode.HALF_UP);
      RankedApplication line = new RankedApplication(null, application.applicationId(),
          application.registrationNumber(), application.organisationName(), application.projectTitle(),
          application.requestedAmount(), score, memberScores.size());
      (memberScores.size() >= minScores ? scored : unranked).add(line);
    }
    scored.sort(Comparator.comparing(RankedApplication::score).reversed()); // stable: ties keep registration order
    List<RankedApplication> ranking = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      RankedApplication line = scored.get(i);
      int rank = i > 0 && line.score().compareTo(scored.get(i - 1).score()) == 0 ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new RankedApplication(rank, line.applicationId(), line.registrationNumber(),
          line.organisationName(), line.projectTitle(), line.requestedAmount(), line.score(), line.scoresCount()));
    }
    ranking.forEach(r -> applications.recordRanking(r.applicationId(), r.score(), r.scoresCount(), r.rank()));
    unranked.forEach(r -> applications.recordRanking(r.applicationId(), r.score(), r.scoresCount(), null));

    List<RankedApplication> top = ranking.stream().filter(r -> r.rank() == 1).toList();
    List<RankedApplication> all = new ArrayList<>(ranking);
    all.addAll(unranked);
    execution.setVariable(RANKING, JsonVariables.json(all));
    execution.setVariable(RANKED_COUNT, ranking.size());
    execution.setVariable(TIE_AT_TOP, top.size() > 1);
    execution.setVariable(TIED_APPLICATIONS, top.size() > 1
        ? top.stream().map(r -> r.registrationNumber() + " " + r.organisationName()).collect(Collectors.joining("; "))
        : null);
    execution.setVariable(WINNER_OPTIONS, JsonVariables.json(ranking.stream()
        .map(r -> new Option(r.rank() + ". " + r.registrationNumber() + " — " + r.organisationName() + " ("
            + r.score().toPlainString() + ")", String.valueOf(r.applicationId())))
        .toList()));
    execution.setVariable(WINNER_APPLICATION_ID, ranking.isEmpty() ? null : String.valueOf(ranking.get(0).applicationId()));
    execution.setVariable(WINNER_JUSTIFICATION, null);
    if (ranking.isEmpty()) {
      calls.setStatus(callNumber, CallStatus.FAILED);
    }
  }

  /** Σ score × weight / Σ weight over the criteria: a score from 0 to 10. */
  static BigDecimal weighted(Map<String, Integer> scores, List<ScoringCriterion> criteria) {
    BigDecimal sum = BigDecimal.ZERO;
    int weights = 0;
    for (ScoringCriterion criterion : criteria) {
      Integer score = scores.get(criterion.code());
      if (score != null) {
        sum = sum.add(BigDecimal.valueOf((long) score * criterion.weight()));
        weights += criterion.weight();
      }
    }
    return weights == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(weights), 4, RoundingMode.HALF_UP);
  }
}
