package kg.socialorder.support;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The profile {@code embedded-postgres}: the application on a real PostgreSQL server of its own. */
@Configuration(proxyBeanMethods = false)
@Profile("embedded-postgres")
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() {
    return EmbeddedPostgres.start();
  }

  /** The pool is set as the application's ({@code spring.datasource.hikari.*}), so its sizes apply here too. */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.jdbcUrl());
    dataSource.setUsername(postgres.username());
    return dataSource;
  }
}
