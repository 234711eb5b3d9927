package kg.socialorder.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/** The municipalities the portal shows: each tenant's id and name, "Кыргызча / Русский", by name. */
@Component
public class MunicipalityNames {

  private final IdentityService identityService;

  public MunicipalityNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Map<String, String> all() {
    return identityService.createTenantQuery().orderByTenantName().asc().list().stream()
        .collect(Collectors.toMap(Tenant::getId, Tenant::getName, (a, b) -> a, LinkedHashMap::new));
  }
}
