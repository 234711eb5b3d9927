package kg.socialorder.people;

import java.util.Locale;
import java.util.Map;
import kg.socialorder.engine.PasswordCheck;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;

/**
 * The production password policy: long enough, not the account's own id, not in the list of common
 * and leaked passwords that nbvcxz ships (100 000 of them, checked offline), and not guessable from
 * words, names, dates and keyboard rows. Our pages ask it before they store a password; the engine
 * asks it for every account it stores (engine/PasswordPolicyPlugin), so Admin and the REST API
 * refuse the same passwords with the same message.
 */
@Component
public class PasswordPolicy implements PasswordCheck {

  /** nbvcxz's bundled list of the most used passwords, taken from published leaks. */
  private static final String COMMON_PASSWORDS = "passwords";

  private final PasswordPolicyProperties properties;
  private final ValidationMessages messages;
  private volatile Lists lists;

  public PasswordPolicy(PasswordPolicyProperties properties, ValidationMessages messages) {
    this.properties = properties;
    this.messages = messages;
  }

  /** nbvcxz's estimator and its list of common passwords. */
  private record Lists(Nbvcxz estimator, Map<String, Integer> commonPasswords) {}

  /**
   * Read at the first password checked, not at start: nbvcxz's lists take some 23 MB of heap and 0.4 s
   * to read, and most starts of the application set no password at all.
   */
  private Lists lists() {
    Lists read = lists;
    if (read == null) {
      synchronized (this) {
        if (lists == null) {
          lists = new Lists(
              new Nbvcxz(new ConfigurationBuilder()
                  .setMinimumEntropy(properties.minEntropy())
                  .setMaxLength(properties.maxLength())
                  .createConfiguration()),
              ConfigurationBuilder.getDefaultDictionaries().stream()
                  .filter(dictionary -> COMMON_PASSWORDS.equals(dictionary.getDictionaryName()))
                  .findFirst()
                  .map(Dictionary::getDictonary)
                  .orElseThrow(() -> new IllegalStateException("nbvcxz ships no list of common passwords")));
        }
        read = lists;
      }
    }
    return read;
  }

  /**
   * Refuses {@code password} for the account {@code userId} with a
   * {@link kg.socialorder.engine.RefusedInputException} naming {@code field}, in Kyrgyz and Russian,
   * giving the first rule it breaks; returns when it follows the policy.
   */
  @Override
  public void check(String field, String password, String userId) {
    InputCheck check = messages.check();
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    String lower = password == null ? "" : password.toLowerCase(Locale.ROOT);
    if (password == null || password.isEmpty()) {
      check.reject(field, "required");
    } else if (length < properties.minLength()) {
      check.reject(field, "passwordTooShort", properties.minLength());
    } else if (length > properties.maxLength()) {
      check.reject(field, "tooLong", properties.maxLength());
    } else if (userId != null && !userId.isBlank() && lower.contains(userId.toLowerCase(Locale.ROOT))) {
      check.reject(field, "passwordContainsUserId");
    } else if (lists().commonPasswords().containsKey(lower)) {
      check.reject(field, "passwordCommon");
    } else if (!lists().estimator().estimate(password).isMinimumEntropyMet()) {
      check.reject(field, "passwordGuessable");
    }
    check.throwIfInvalid();
  }

  @Override
  public String requirements() {
    return messages.bilingual("passwordRequirements", properties.minLength());
  }

  @Override
  public boolean appliesToEngineAccounts() {
    return properties.engineAccounts();
  }
}
