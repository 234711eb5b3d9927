package kg.socialorder.designer;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's REST API at {@code /engine-rest}, where designers deploy from Camunda Modeler, answers
 * only a user who logs in with HTTP Basic against Camunda's identity; the engine then checks that
 * user's authorizations on every call. It is a separate API from the webapps' (no session, no CSRF
 * token): the webapps' filters are mapped under {@code /camunda} and never see these requests.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestSecurity {

  static final String ENGINE_REST = "/engine-rest/*";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EveryRequestAuthenticated());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns(ENGINE_REST);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    // first after the request admission and the database outage guard, so nothing of the REST
    // module runs for an unauthenticated request
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  /**
   * The REST starter's initializer needs the Jersey path even where no web server runs (tests and
   * tools that start the engine alone); Spring Boot defines it only for web applications.
   */
  @Bean
  @ConditionalOnNotWebApplication
  JerseyApplicationPath engineRestPathWithoutWebServer() {
    return () -> "/engine-rest";
  }

  /**
   * Camunda's filter lets anyone list the engine names under {@code /engine}; here every request,
   * preflight OPTIONS included, needs a login (Modeler calls from its desktop process, not from a
   * browser page, so it needs no CORS preflight).
   */
  static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
