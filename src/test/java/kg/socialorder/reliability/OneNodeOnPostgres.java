package kg.socialorder.reliability;

import java.time.Duration;
import kg.socialorder.support.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;

/** One application node, the real fat jar, on a PostgreSQL of its own that commits durably. */
abstract class OneNodeOnPostgres {

  /** How long a job stays locked by the node that took it; after a crash, the wait before a rerun. */
  static final Duration JOB_LOCK_TIME = Duration.ofSeconds(10);

  static EmbeddedPostgres database;
  static ApplicationNode node;
  static PostgresProbe probe;

  static void startNode(String name) {
    database = EmbeddedPostgres.startWithDurableCommits();
    probe = new PostgresProbe(database);
    node = ApplicationNode.start(name, database, JOB_LOCK_TIME);
  }

  @AfterAll
  static void stopEverything() {
    if (node != null) {
      node.close();
    }
    if (database != null) {
      database.close();
    }
  }
}
