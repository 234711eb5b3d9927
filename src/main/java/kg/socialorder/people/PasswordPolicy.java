package kg.socialorder.people;

import kg.socialorder.engine.RefusedInputException;
import org.springframework.stereotype.Component;

/** Stand-in until the branch people-a's policy is merged (same signature); removed at that merge. */
@Component
public class PasswordPolicy {

  public void check(String field, String password, String userId) {
    if (password == null || password.length() < 12) {
      throw new RefusedInputException(field, "Сырсөз өтө кыска / Пароль слишком короткий");
    }
  }
}
