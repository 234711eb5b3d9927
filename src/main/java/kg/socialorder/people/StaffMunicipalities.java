package kg.socialorder.people;

import static kg.socialorder.engine.AuthorizationChecks.withoutAuthorizationCheck;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * The open municipalities (the engine's tenants, less those closed) as a staff file may name them: by
 * id ({@code katran}), by the whole name, by its Kyrgyz or Russian half, or by the half without what
 * kind of place it is, in any case.
 */
@Component
class StaffMunicipalities {

  private final IdentityService identity;
  private final Municipalities registered;

  StaffMunicipalities(IdentityService identity, Municipalities registered) {
    this.identity = identity;
    this.registered = registered;
  }

  /** A snapshot for one import: ids to names, and what people write to ids. */
  Snapshot now() {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> written = new HashMap<>();
    Map<String, String> shortNames = new HashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    Map<String, String> closedNames = new HashMap<>();
    java.util.Set<String> closed = new java.util.HashSet<>();
    registered.all().stream().filter(RegisteredMunicipality::closed).forEach(m -> closed.add(m.id()));
    for (Tenant tenant : withoutAuthorizationCheck(() -> identity.createTenantQuery().orderByTenantId().asc().list())) {
      String name = tenant.getName() == null ? tenant.getId() : tenant.getName();
      if (closed.contains(tenant.getId())) {
        // a closed municipality keeps its history, takes no new people
        closedNames.put(StaffWords.normal(tenant.getId()), name);
        closedNames.put(StaffWords.normal(name), name);
        for (String half : name.split(" / ")) {
          closedNames.put(StaffWords.normal(half), name);
        }
        continue;
      }
      names.put(tenant.getId(), name);
      written.put(StaffWords.normal(tenant.getId()), tenant.getId());
      written.putIfAbsent(StaffWords.normal(name), tenant.getId());
      for (String half : name.split(" / ")) {
        written.putIfAbsent(StaffWords.normal(half), tenant.getId());
        String bare = bare(half);
        if (!bare.isEmpty() && shortNames.putIfAbsent(bare, tenant.getId()) != null
            && !shortNames.get(bare).equals(tenant.getId())) {
          ambiguous.add(bare);
        }
      }
    }
    shortNames.forEach((bare, id) -> {
      if (!ambiguous.contains(bare)) {
        written.putIfAbsent(bare, id);
      }
    });
    return new Snapshot(names, written, closedNames);
  }

  /** The words that say what kind of place it is. */
  private static final String KINDS = "(айылдык аймагы|айылдык аймак|айыл өкмөтү|айыл окмоту|айылный аймак|айыльный аймак|"
      + "шаары|шаардык|город|городской|аа|ао|г)";

  /**
   * The name without what kind of place it is and without its region in brackets ("Катран айылдык
   * аймагы (Баткен)" as "катран"): what people write when they name their own municipality.
   */
  static String bare(String name) {
    String withoutRegion = name.replaceAll("\\([^)]*\\)", " ");
    return StaffWords.normal(StaffWords.normal(withoutRegion).replaceAll("(^| )" + KINDS + "(?= |$)", " "));
  }

  record Snapshot(Map<String, String> names, Map<String, String> written, Map<String, String> closed) {

    /** The name of the closed municipality the text names, if it names one. */
    Optional<String> closedOne(String text) {
      return Optional.ofNullable(closed.get(StaffWords.normal(text)));
    }

    Optional<String> id(String text) {
      return Optional.ofNullable(written.get(StaffWords.normal(text)));
    }

    String name(String id) {
      return names.getOrDefault(id, id);
    }
  }
}
