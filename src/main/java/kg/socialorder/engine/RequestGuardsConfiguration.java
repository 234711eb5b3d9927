package kg.socialorder.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link RequestAdmission} and then the {@link DatabaseOutageGuard} in front of everything that
 * needs the database (after the security headers, so refusals carry them too), before the webapps'
 * and /engine-rest's login filters, which read users from it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CapacityProperties.class)
public class RequestGuardsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(RequestGuardsConfiguration.class);

  @Bean
  Capacity capacity(DataSource dataSource, CamundaBpmProperties camunda) {
    Capacity capacity = Capacity.of(dataSource, camunda.getJobExecution());
    log.info("Capacity: {}", capacity);
    return capacity;
  }

  @Bean
  RequestAdmission requestAdmission(Capacity capacity, CapacityProperties properties,
      ObjectProvider<MeterRegistry> meters) {
    RequestAdmission admission = new RequestAdmission(capacity, properties.admissionWait());
    meters.ifAvailable(registry -> {
      Gauge.builder("socialorder.requests.working", admission, RequestAdmission::working)
          .description("Requests working on the database now").register(registry);
      Gauge.builder("socialorder.requests.waiting", admission, RequestAdmission::waiting)
          .description("Requests waiting for their turn on the database").register(registry);
      Gauge.builder("socialorder.requests.slots", capacity, Capacity::requestSlots)
          .description("Requests that may work on the database at once").register(registry);
    });
    return admission;
  }

  @Bean
  FilterRegistrationBean<RequestAdmission> requestAdmissionFilter(RequestAdmission admission) {
    FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(admission);
    registration.setName("request-admission");
    registration.addUrlPatterns(DatabaseOutageGuard.GUARDED);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<DatabaseOutageGuard> databaseOutageGuard(DataSource dataSource) {
    FilterRegistrationBean<DatabaseOutageGuard> registration =
        new FilterRegistrationBean<>(new DatabaseOutageGuard(dataSource));
    registration.setName("database-outage-guard");
    registration.addUrlPatterns(DatabaseOutageGuard.GUARDED);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
