package kg.socialorder.engine;

import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the {@link DatabaseOutageGuard} in front of everything that needs the database. */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutageConfiguration {

  @Bean
  FilterRegistrationBean<DatabaseOutageGuard> databaseOutageGuard(DataSource dataSource) {
    FilterRegistrationBean<DatabaseOutageGuard> registration =
        new FilterRegistrationBean<>(new DatabaseOutageGuard(dataSource));
    registration.setName("database-outage-guard");
    registration.addUrlPatterns(DatabaseOutageGuard.GUARDED);
    // before the webapps' and /engine-rest's login filters, which read users from the database
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
