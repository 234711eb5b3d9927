package kg.socialorder.http;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The security headers on every response and the guard of the actuator's non-public endpoints. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpHardeningProperties.class)
public class HttpHardening {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(HttpHardeningProperties properties) {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter(properties));
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    // first of all, so every answer carries the headers: a busy or outage refusal, the engine REST
    // authentication's 401 (HIGHEST_PRECEDENCE - 1 would wrap round to the lowest precedence)
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(ObjectProvider<IdentityService> identityServices) {
    FilterRegistrationBean<ActuatorAccessFilter> registration =
        new FilterRegistrationBean<>(new ActuatorAccessFilter(identityServices));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
