package kg.socialorder.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.springframework.stereotype.Component;

/**
 * The municipalities' names from the administrator's table; one configured but not yet kept (while
 * the application starts, before {@link Municipalities#seedFromConfiguration}) as configured. Pages
 * name hundreds of municipalities at once and every new task names one, so the names are read from
 * the table at most once every {@link #FRESH_NANOS} and at once after a change made on this node; a
 * change made on another node is read here within that time.
 */
@Component
class KeptMunicipalityNames implements MunicipalityNames {

  static final long FRESH_NANOS = 5_000_000_000L;

  private final MunicipalityRegister register;
  private final SocialOrderProperties properties;
  private volatile Snapshot snapshot;

  KeptMunicipalityNames(MunicipalityRegister register, SocialOrderProperties properties) {
    this.register = register;
    this.properties = properties;
  }

  @Override
  public Optional<Municipality> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(current().byId().get(id));
  }

  /** The configured ones first, in their order (as named now), then those the administrator added. */
  @Override
  public List<Municipality> all() {
    return List.copyOf(current().byId().values());
  }

  /** A municipality was added, renamed or closed here: the next question reads the table. */
  void changed() {
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot known = snapshot;
    long now = System.nanoTime();
    if (known == null || now - known.readAt() > FRESH_NANOS) {
      known = new Snapshot(read(), now);
      snapshot = known;
    }
    return known;
  }

  private Map<String, Municipality> read() {
    Map<String, Municipality> kept = new LinkedHashMap<>();
    register.all().forEach(m -> kept.put(m.id(), m.asMunicipality()));
    Map<String, Municipality> all = new LinkedHashMap<>();
    for (Municipality configured : properties.municipalities()) {
      all.put(configured.id(), kept.getOrDefault(configured.id(), configured));
    }
    kept.forEach(all::putIfAbsent);
    return all;
  }

  private record Snapshot(Map<String, Municipality> byId, long readAt) {}
}
