package kg.socialorder.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executor;
import java.util.function.ToDoubleFunction;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The web server's threads as metrics, read straight from the connector's thread pool:
 * {@code tomcat.threads.busy}, {@code tomcat.threads.current} and {@code tomcat.threads.config.max}, the
 * names and tag Micrometer's Tomcat binder uses. That binder reads them from Tomcat's MBeans, and
 * registering those MBeans (server.tomcat.mbeanregistry) costs about a third of a second at every start
 * and a few megabytes for metrics of which these three are the ones read ("Capacity" in README).
 */
@Component
class WebServerThreads implements ApplicationListener<WebServerInitializedEvent> {

  private final ObjectProvider<MeterRegistry> meters;

  WebServerThreads(ObjectProvider<MeterRegistry> meters) {
    this.meters = meters;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
      return;
    }
    Connector connector = tomcat.getTomcat().getConnector();
    meters.ifAvailable(registry -> {
      String name = connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol ? unquoted(protocol.getName())
          : connector.getScheme();
      gauge(registry, "tomcat.threads.busy", name, connector, ThreadPoolExecutor::getActiveCount,
          "Threads of the web server serving a request now");
      gauge(registry, "tomcat.threads.current", name, connector, ThreadPoolExecutor::getPoolSize,
          "Threads of the web server that exist now");
      gauge(registry, "tomcat.threads.config.max", name, connector, ThreadPoolExecutor::getMaximumPoolSize,
          "Threads the web server may have at most");
    });
  }

  private static void gauge(MeterRegistry registry, String metric, String name, Connector connector,
      ToDoubleFunction<ThreadPoolExecutor> value, String description) {
    Gauge.builder(metric, connector, c -> pool(c) instanceof ThreadPoolExecutor pool ? value.applyAsDouble(pool)
            : Double.NaN)
        .tag("name", name).description(description).register(registry);
  }

  /** The connector's pool, or null while the connector is stopped (it is made anew at each start). */
  private static Executor pool(Connector connector) {
    return connector.getProtocolHandler().getExecutor();
  }

  /** Tomcat quotes a protocol handler's name ({@code "http-nio-8080"}) for JMX; the tag has it bare. */
  private static String unquoted(String name) {
    return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1)
        : name;
  }
}
