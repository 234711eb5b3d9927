package kg.socialorder.tranche;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records the monitoring group's visit of a tranche and says that the group has concluded, in the
 * transaction of the step: the visit and what listens to its conclusion (the open data) commit or
 * roll back together.
 */
@Service
public class MonitoringVisits {

  private final MonitoringVisitRegister register;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public MonitoringVisits(MonitoringVisitRegister register, ApplicationEventPublisher events, Clock clock) {
    this.register = register;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records {@code visit} as the next visit of its tranche (its own number is not read) and raises
   * {@link MonitoringConcluded}; returns the visit as recorded.
   */
  public MonitoringVisit record(String themeKey, MonitoringVisit visit, String processInstanceId) {
    int number = register.count(visit.municipality(), visit.contractNumber(), visit.trancheNumber()) + 1;
    MonitoringVisit recorded = visit.numbered(number, clock.instant());
    register.insert(recorded, processInstanceId);
    events.publishEvent(new MonitoringConcluded(themeKey, recorded));
    return recorded;
  }
}
