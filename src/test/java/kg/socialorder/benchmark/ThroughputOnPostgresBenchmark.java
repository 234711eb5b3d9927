package kg.socialorder.benchmark;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles({"demo", "test", "embedded-postgres"})
class ThroughputOnPostgresBenchmark extends ThroughputBenchmark {
}
