package kg.socialorder.ocds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the demo profile when the open data would be published with this machine's
 * address (localhost, the default) or a malformed OCID prefix. Releases are immutable and carry their
 * links and OCIDs for good: published once with a wrong address or prefix, they stay wrong.
 */
public class PublicAddressGuard implements EnvironmentPostProcessor {

  static final String PREFIX = "social-order.ocds.";
  static final List<String> ADDRESSES = List.of("base-uri", "publisher-uri", "publication-policy");
  static final String DEFAULT_BASE_URI = "http://localhost:8080";
  /** What the Open Contracting Partnership registers: "ocds-" and six letters or digits. */
  static final Pattern OCID_PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> problems = new ArrayList<>();
    String prefix = environment.getProperty(PREFIX + "ocid-prefix", "ocds-kgmso1");
    if (!OCID_PREFIX.matcher(prefix).matches()) {
      problems.add(PREFIX + "ocid-prefix is '" + prefix + "', not a prefix such as ocds-a1b2c3");
    }
    if (!environment.acceptsProfiles(Profiles.of("demo"))) {
      for (String name : ADDRESSES) {
        String value = environment.getProperty(PREFIX + name, name.equals("base-uri") ? DEFAULT_BASE_URI : null);
        if (value != null && isLocal(value)) {
          problems.add(PREFIX + name + " is " + value + ", an address only this machine reaches");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new UnpublishableOpenDataException(problems);
    }
  }

  private static boolean isLocal(String value) {
    try {
      String host = URI.create(value.trim()).getHost();
      return host == null || LOCAL_HOSTS.contains(host.toLowerCase());
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** Reported by {@link Analyzer} as a plain message, not a stack trace. */
  public static class UnpublishableOpenDataException extends IllegalStateException {

    private final transient List<String> problems;

    UnpublishableOpenDataException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }

  /** Tells the operator what to set. */
  public static class Analyzer extends AbstractFailureAnalyzer<UnpublishableOpenDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnpublishableOpenDataException cause) {
      return new FailureAnalysis(
          "The open data would be published with links or identifiers that are wrong for good (releases "
              + "never change once published), so the application will not start:\n  - "
              + String.join("\n  - ", cause.problems()),
          "Set SOCIAL_ORDER_PUBLIC_URL to the public address people reach this application at (e.g. "
              + "https://socialorder.example.kg; the postgres profile derives base-uri, publisher-uri and "
              + "publication-policy from it), and SOCIAL_ORDER_OCID_PREFIX to the prefix registered with the "
              + "Open Contracting Partnership (README, \"Open data\"). Only the demo profile publishes on localhost.",
          cause);
    }
  }
}
