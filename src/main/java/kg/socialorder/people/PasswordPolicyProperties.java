package kg.socialorder.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The production password policy ({@code social-order.passwords.*}).
 *
 * @param minLength the fewest characters a password may have (12)
 * @param maxLength the most (128): longer is a pasted text, not a password
 * @param minEntropy the bits of guessing a password must be worth at least, as nbvcxz estimates them
 *     from words, names, dates, keyboard rows and repeats (35, nbvcxz's own minimum)
 * @param engineAccounts whether the engine refuses such passwords for every account it stores
 *     (Admin, the REST API); off only in the demo, whose accounts share the password "demo"
 */
@ConfigurationProperties("social-order.passwords")
public record PasswordPolicyProperties(Integer minLength, Integer maxLength, Double minEntropy, Boolean engineAccounts) {

  public PasswordPolicyProperties {
    minLength = minLength == null ? 12 : minLength;
    maxLength = maxLength == null ? 128 : maxLength;
    minEntropy = minEntropy == null ? 35.0 : minEntropy;
    engineAccounts = engineAccounts == null || engineAccounts;
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("social-order.passwords: min-length must be at least 1 and at most max-length");
    }
  }
}
