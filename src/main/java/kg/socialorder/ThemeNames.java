package kg.socialorder;

import java.util.Optional;

/**
 * The themes of the social orders, by the business key their processes carry (the order register keeps
 * them, order/OrderRegister): what a part that serves every process alike, such as Tasklist's task cards,
 * may tell of a theme without knowing the processes.
 */
public interface ThemeNames {

  /** The theme whose processes carry that business key; empty for an order's own key or any other. */
  Optional<Theme> find(String themeKey);

  /** A theme's number within its order and the problem it addresses. */
  record Theme(int number, String problem) {}
}
