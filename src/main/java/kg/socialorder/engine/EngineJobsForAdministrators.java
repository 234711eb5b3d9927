package kg.socialorder.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs of no process (the nightly history cleanup, batches) are the administrator's. Camunda checks
 * a job's authorizations through its process definition and lets anyone logged in reschedule, run
 * or retry a job that has none: a supervisor or an NGO user could have postponed the history
 * cleanup for years.
 */
@Configuration(proxyBeanMethods = false)
public class EngineJobsForAdministrators {

  @Bean
  ProcessEnginePlugin engineJobsOnlyForAdministrators() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's own checkers, with the job checks of the authorization checker tightened
        configuration.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(),
            new ProcessJobsByAuthorization())));
      }
    };
  }

  static class ProcessJobsByAuthorization extends AuthorizationCommandChecker {

    @Override
    public void checkUpdateJob(JobEntity job) {
      if (job.getProcessDefinitionKey() == null) {
        getAuthorizationManager().checkCamundaAdmin();
      } else {
        super.checkUpdateJob(job);
      }
    }

    @Override
    public void checkUpdateRetriesJob(JobEntity job) {
      if (job.getProcessDefinitionKey() == null) {
        getAuthorizationManager().checkCamundaAdmin();
      } else {
        super.checkUpdateRetriesJob(job);
      }
    }
  }
}
