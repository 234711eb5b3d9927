package kg.socialorder.competition;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The competition's settings ({@code social-order.competition.*}), copied into each competition's
 * variables at its start so that its timers and rules keep the values it started with.
 *
 * @param applicationPeriod how long a call stays open by default (the coordinator may choose another last day)
 * @param scoringPeriod how long the commission members have to score
 * @param appealWindow how long applicants may appeal once the results are published
 * @param minRegistrationMonths how long an NGO must have been registered to be eligible (a DMN input)
 * @param minScoresPerApplication how many members must score an application before it is ranked
 */
@ConfigurationProperties("social-order.competition")
public record CompetitionProperties(
    Period applicationPeriod, Duration scoringPeriod, Duration appealWindow,
    Integer minRegistrationMonths, Integer minScoresPerApplication) {

  public CompetitionProperties {
    applicationPeriod = applicationPeriod == null ? Period.ofDays(30) : applicationPeriod;
    scoringPeriod = scoringPeriod == null ? Duration.ofDays(7) : scoringPeriod;
    appealWindow = appealWindow == null ? Duration.ofDays(10) : appealWindow;
    minRegistrationMonths = minRegistrationMonths == null ? 6 : minRegistrationMonths;
    minScoresPerApplication = minScoresPerApplication == null ? 2 : minScoresPerApplication;
  }
}
