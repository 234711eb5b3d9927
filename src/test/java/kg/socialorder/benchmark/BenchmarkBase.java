package kg.socialorder.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.engine.ProcedureClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on in-memory H2 (subclasses add {@code embedded-postgres}), as the tests run
 * it (demo users, no job executor: every job is run by the benchmark when it falls due), with its
 * statements counted and its steps measured. Benchmarks measure and report; they assert nothing
 * about time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({"demo", "test"})
@Import(BenchmarkConfiguration.class)
abstract class BenchmarkBase {

  static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationIntake intake;
  @Autowired
  ProcedureClock clock;

  @BeforeEach
  void fixClock() {
    clock.moveTo(TODAY.atTime(10, 0).atZone(BISHKEK).toInstant());
  }

  @AfterEach
  void resetClock() {
    clock.release();
    engine.getIdentityService().clearAuthentication();
  }

  /** The database the context runs on, for the reports. */
  String database() {
    return getClass().getSimpleName().contains("Postgres") ? "PostgreSQL" : "H2";
  }
}
