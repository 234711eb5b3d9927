package kg.socialorder.engine;

/**
 * The project's password policy as the engine asks it (the people package provides it): every
 * password the engine stores, from Admin, /engine-rest or a page of ours, passes it first
 * ({@link PasswordPolicyPlugin}).
 */
public interface PasswordCheck {

  /**
   * Refuses a password that breaks the policy with a {@link RefusedInputException} naming
   * {@code field}, in Kyrgyz and Russian; returns when it is good.
   *
   * @param userId the account the password is for, which it must not contain; null when not known yet
   */
  void check(String field, String password, String userId);

  /** What the policy asks, in both languages, as Admin shows it beside the password field. */
  String requirements();

  /** Whether the engine refuses, for every account it stores, a password this policy refuses. */
  boolean appliesToEngineAccounts();
}
