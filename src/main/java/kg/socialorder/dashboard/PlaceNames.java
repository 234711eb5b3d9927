package kg.socialorder.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.springframework.stereotype.Component;

/** The municipalities' names as pages and exports write them ("Кыргызча / Русский"), in the configured order. */
@Component
public class PlaceNames {

  private final Map<String, Municipality> municipalities = new LinkedHashMap<>();

  public PlaceNames(SocialOrderProperties properties) {
    properties.municipalities().forEach(m -> municipalities.put(m.id(), m));
  }

  /** Both names; the id for a municipality no longer configured. */
  public String name(String id) {
    Municipality municipality = municipalities.get(id);
    return municipality == null ? id : municipality.displayName();
  }

  public String kyrgyz(String id) {
    Municipality municipality = municipalities.get(id);
    return municipality == null ? id : municipality.nameKy();
  }

  public String russian(String id) {
    Municipality municipality = municipalities.get(id);
    return municipality == null ? id : municipality.nameRu();
  }

  /** Every configured municipality, id to both names. */
  public Map<String, String> all() {
    Map<String, String> names = new LinkedHashMap<>();
    municipalities.forEach((id, m) -> names.put(id, m.displayName()));
    return names;
  }
}
