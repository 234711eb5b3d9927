package kg.socialorder.support;

import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Like {@link EngineTest}, with the web server running, for tests through the webapps' API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebappTest extends EngineTest {

  @LocalServerPort
  protected int port;

  /**
   * The webapps find their engine by name in the JVM-wide {@link ProcessEngines} registry, where
   * the engine of the test context started last is "default". Several contexts stay cached during a
   * test run (H2, PostgreSQL, with and without a web server), so this context's engine is put back
   * in place before each test; otherwise the webapps would serve another context's database.
   */
  @BeforeEach
  void serveThisContextsEngine() {
    if (ProcessEngines.getProcessEngine(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
  }

  protected WebappClient loggedIn(String user) {
    WebappClient client = new WebappClient(port);
    if (client.login(user, "demo") != 200) {
      throw new IllegalStateException("Login failed for " + user);
    }
    return client;
  }
}
