package kg.socialorder.engine;

import java.util.ArrayList;
import java.util.List;
import kg.socialorder.validation.RejectedInputInterceptor;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that application.yaml cannot express. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  @Bean
  ProcessEnginePlugin municipalityTenants(ValidationMessages messages) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new MunicipalityTenantIdProvider());
        // outermost first: a task completed by someone else meanwhile is told as such; otherwise a
        // refused input is unwrapped, and a task that is gone or never was is said to be so
        configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>(List.of(
            new OtherMunicipalityInterceptor(messages::otherMunicipality),
            new RejectedInputInterceptor(messages),
            new TaskAlreadyCompletedInterceptor(configuration, messages::taskAlreadyCompleted))));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>(List.of(
            new OtherMunicipalityInterceptor(messages::otherMunicipality),
            new RejectedInputInterceptor(messages),
            new TaskAlreadyCompletedInterceptor(configuration, messages::taskAlreadyCompleted))));
      }
    };
  }
}
