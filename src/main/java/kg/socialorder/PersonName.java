package kg.socialorder;

import org.camunda.bpm.engine.identity.User;

/**
 * A person's name as the application shows it: the account's first and last name as Camunda keeps
 * them (a real person's whole name is the first name, an NGO's account reads "Кыргызча / Русский"),
 * the login where the account has none.
 */
public final class PersonName {

  private PersonName() {}

  /** First and last name with the blank ones left out; empty when the account has no name. */
  public static String full(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    return (first + " " + last).strip();
  }

  /** The name, or the login when the account has none. */
  public static String of(User user) {
    String name = full(user);
    return name.isEmpty() ? user.getId() : name;
  }

  /** "Name (login)", where two people of one name must be told apart; the login alone when nameless. */
  public static String withLogin(User user) {
    String name = full(user);
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }
}
