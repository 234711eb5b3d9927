package kg.socialorder.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * How the process test coverage listener runs: a report per test class and per test (the runs in
 * each class's report.html), merged by {@link ProcessCoverageSummary}, but no coverage figure logged
 * after each test method. That figure is meaningless for a test that drives no process (a portal
 * page, a refusal that leaves no trace, the demo cases loaded before it), where the listener warned
 * "could not be calculated, check configuration" for each of them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageSettings {

  /** Primary: the listener falls back to its defaults when it finds two (its own default is conditional). */
  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder().handleTestMethodCoverage(false).build();
  }
}
