package kg.socialorder.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.socialorder.MunicipalityNames;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.springframework.stereotype.Component;

/**
 * The municipalities' names from the administrator's table; one configured but not yet kept (while
 * the application starts, before {@link Municipalities#seedFromConfiguration}) as configured.
 */
@Component
class KeptMunicipalityNames implements MunicipalityNames {

  private final MunicipalityRegister register;
  private final SocialOrderProperties properties;

  KeptMunicipalityNames(MunicipalityRegister register, SocialOrderProperties properties) {
    this.register = register;
    this.properties = properties;
  }

  @Override
  public Optional<Municipality> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return register.find(id).map(RegisteredMunicipality::asMunicipality)
        .or(() -> properties.municipalities().stream().filter(m -> m.id().equals(id)).findFirst());
  }

  /** The configured ones first, in their order (as named now), then those the administrator added. */
  @Override
  public List<Municipality> all() {
    List<RegisteredMunicipality> kept = register.all();
    List<Municipality> all = new ArrayList<>();
    for (Municipality configured : properties.municipalities()) {
      all.add(kept.stream().filter(m -> m.id().equals(configured.id())).findFirst()
          .map(RegisteredMunicipality::asMunicipality).orElse(configured));
    }
    for (RegisteredMunicipality added : kept) {
      if (all.stream().noneMatch(m -> m.id().equals(added.id()))) {
        all.add(added.asMunicipality());
      }
    }
    return all;
  }
}
