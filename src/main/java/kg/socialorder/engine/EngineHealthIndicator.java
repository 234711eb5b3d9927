package kg.socialorder.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The health component {@code engine}: UP only while the engine can read its own tables. Camunda's
 * own indicators report UP whenever the engine object exists, even with the database gone, so a
 * load balancer would keep sending work to a node that cannot do it (they are switched off in
 * application.yaml). Reads the engine's property table: one small row set, no authorization check.
 */
@Component
public class EngineHealthIndicator extends AbstractHealthIndicator {

  private final ProcessEngine engine;

  public EngineHealthIndicator(ProcessEngine engine) {
    super("The process engine cannot read its database");
    this.engine = engine;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    engine.getManagementService().getProperties();
    health.up().withDetail("name", engine.getName())
        .withDetail("jobExecutorActive", ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getJobExecutor().isActive());
  }
}
