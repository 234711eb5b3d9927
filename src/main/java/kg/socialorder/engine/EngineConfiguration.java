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
        configuration.setCustomPreCommandInterceptorsTxRequired(
            new ArrayList<>(List.of(new RejectedInputInterceptor(messages))));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
            new ArrayList<>(List.of(new RejectedInputInterceptor(messages))));
      }
    };
  }
}
