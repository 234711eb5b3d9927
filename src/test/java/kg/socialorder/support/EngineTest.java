package kg.socialorder.support;

import java.time.LocalDate;
import java.time.ZoneId;
import kg.socialorder.engine.ProcedureClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that drive processes through the engine: the whole application on in-memory H2
 * (subclasses add the profile {@code embedded-postgres} to run the same on PostgreSQL), with the
 * demo municipalities and users, no job executor, and the procedure's clock ({@link ProcedureClock},
 * which the engine's follows) fixed at {@link #TODAY}; tests move it with {@link #clock}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({"demo", "test"})
@Import({ProcessCoverageSettings.class, ProcessEngineCoverageConfiguration.class})
public abstract class EngineTest {

  public static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected ProcedureClock clock;

  @BeforeEach
  void fixClockAndInitAssertions() {
    clock.moveTo(TODAY.atTime(10, 0).atZone(BISHKEK).toInstant());
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClockAndUser() {
    clock.release();
    engine.getIdentityService().clearAuthentication();
  }

  protected static String day(LocalDate date) {
    return date.toString();
  }
}
