package kg.socialorder.people;

import java.time.Instant;
import kg.socialorder.SocialOrderProperties.Municipality;

/**
 * A municipality as the administrator keeps it: its tenant id, its names, and who added, last
 * renamed and closed it, when.
 */
public record RegisteredMunicipality(String id, String nameKy, String nameRu, Instant createdAt, String createdBy,
    Instant renamedAt, String renamedBy, Instant closedAt, String closedBy) {

  public boolean closed() {
    return closedAt != null;
  }

  public String displayName() {
    return asMunicipality().displayName();
  }

  public Municipality asMunicipality() {
    return new Municipality(id, nameKy, nameRu);
  }
}
