package kg.socialorder.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Like {@link EngineTest}, with the web server running, for tests through the webapps' API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebappTest extends EngineTest {

  @LocalServerPort
  protected int port;

  protected WebappClient loggedIn(String user) {
    WebappClient client = new WebappClient(port);
    if (client.login(user, "demo") != 200) {
      throw new IllegalStateException("Login failed for " + user);
    }
    return client;
  }
}
