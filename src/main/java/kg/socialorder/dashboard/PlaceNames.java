package kg.socialorder.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.springframework.stereotype.Component;

/** The municipalities' names as pages and exports write them ("Кыргызча / Русский"), as they are named now. */
@Component
public class PlaceNames {

  private final MunicipalityNames names;

  public PlaceNames(MunicipalityNames names) {
    this.names = names;
  }

  /** Both names; the id for a municipality no one keeps. */
  public String name(String id) {
    return names.find(id).map(Municipality::displayName).orElse(id);
  }

  public String kyrgyz(String id) {
    return names.find(id).map(Municipality::nameKy).orElse(id);
  }

  public String russian(String id) {
    return names.find(id).map(Municipality::nameRu).orElse(id);
  }

  /** Every municipality kept, the configured ones first, id to both names. */
  public Map<String, String> all() {
    Map<String, String> names = new LinkedHashMap<>();
    this.names.all().forEach(m -> names.put(m.id(), m.displayName()));
    return names;
  }
}
