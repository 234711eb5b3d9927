package kg.socialorder.benchmark;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application as it is, with its DataSource counted and its engine's steps measured. The meter
 * joins the engine's plugins last, so it sits outermost, around the transaction and its commit.
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkConfiguration {

  @Bean
  static BeanPostProcessor countStatementsAndMeasureSteps() {
    StepMeter meter = new StepMeter();
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof java.lang.reflect.Proxy)) {
          return StatementCounter.wrap(dataSource);
        }
        if (bean instanceof SpringProcessEngineConfiguration configuration) {
          configuration.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl engineConfiguration) {
              engineConfiguration.setCustomPreCommandInterceptorsTxRequired(
                  withMeter(engineConfiguration.getCustomPreCommandInterceptorsTxRequired(), meter));
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
              meter.bind(engine);
            }
          });
        }
        return bean;
      }
    };
  }

  private static List<CommandInterceptor> withMeter(List<CommandInterceptor> existing, StepMeter meter) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(meter);
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }
}
