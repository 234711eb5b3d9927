package kg.socialorder;

import java.util.List;
import java.util.Optional;
import kg.socialorder.SocialOrderProperties.Municipality;

/**
 * The municipalities as they are named now: configuration seeds them at first start, then the
 * administrator adds and renames them while the application runs (people/Municipalities). Task cards,
 * papers, open data and the dashboard ask here rather than the configuration, so a municipality added
 * or renamed reads right everywhere without a restart.
 */
public interface MunicipalityNames {

  /** The municipality of that tenant id; empty for an id no one keeps. */
  Optional<Municipality> find(String id);

  /** Every municipality kept, open and closed. */
  List<Municipality> all();
}
