package kg.socialorder.engine;

import java.util.ArrayList;
import java.util.List;
import kg.socialorder.SocialOrderProperties;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that application.yaml cannot express. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  /** The one clock of the application, which the engine's clock follows (see {@link ProcedureClock}). */
  @Bean
  ProcedureClock clock(SocialOrderProperties properties) {
    return new ProcedureClock(properties.timeZone());
  }

  /** History keeps what people submitted, not each value the process sets for itself (application.yaml). */
  @Bean
  ProcessEnginePlugin submittedValuesHistory() {
    return new SubmittedValuesHistoryPlugin();
  }

  /** Every password the engine stores follows the project's policy (people/PasswordPolicy). */
  @Bean
  ProcessEnginePlugin passwordPolicyPlugin(ObjectProvider<PasswordCheck> checks) {
    return new PasswordPolicyPlugin(checks);
  }

  @Bean
  ProcessEnginePlugin municipalityTenants(Bilingual messages, TaskWhereabouts whereabouts) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new MunicipalityTenantIdProvider());
        configuration.setCustomPreCommandInterceptorsTxRequired(around(configuration, messages, whereabouts));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(around(configuration, messages, whereabouts));
        // inside the command and its transaction: a claimed task is its assignee's
        configuration.setCustomPostCommandInterceptorsTxRequired(
            new ArrayList<>(List.of(new ClaimedTaskInterceptor(whereabouts, messages))));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
            new ArrayList<>(List.of(new ClaimedTaskInterceptor(whereabouts, messages))));
      }
    };
  }

  /**
   * Outermost first: the refusal meant for the person is kept for the HTTP answer; a task or
   * instance of another municipality is said to be so; a refused input is unwrapped; a task that
   * is gone meanwhile (completed by whom, when) is told as such.
   */
  private static List<CommandInterceptor> around(ProcessEngineConfigurationImpl configuration,
      Bilingual messages, TaskWhereabouts whereabouts) {
    return new ArrayList<>(List.of(
        new RefusalRecorder(configuration),
        new OtherMunicipalityInterceptor(() -> messages.bilingual("access.otherMunicipality")),
        new RefusalUnwrapInterceptor(),
        new TaskGoneInterceptor(configuration, whereabouts)));
  }
}
