package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kg.socialorder.engine.RefusedInputException;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = policy(new PasswordPolicyProperties(null, null, null, null));

  private static PasswordPolicy policy(PasswordPolicyProperties properties) {
    try {
      return new PasswordPolicy(properties, new ValidationMessages());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aLongUnguessablePasswordPasses() {
    assertThatCode(() -> policy.check("password", "Tuz-kol-Jibek-91", "karakol.coordinator")).doesNotThrowAnyException();
    assertThatCode(() -> policy.check("password", "Ysyk-Kol 7 tulpar", null)).doesNotThrowAnyException();
  }

  @Test
  void aShortPasswordIsRefusedNamingTheFieldAndTheLengthInBothLanguages() {
    assertThatThrownBy(() -> policy.check("password", "K7#tulpar", "aibek"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessage("«Сырсөз» талаасы: кеминде 12 белгиден турушу керек / Поле «Пароль»: не короче 12 символов")
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fields()).containsExactly("password"));
  }

  @Test
  void theMinimumLengthIsConfigured() {
    PasswordPolicy longer = policy(new PasswordPolicyProperties(20, null, null, null));
    assertThatThrownBy(() -> longer.check("password", "Tuz-kol-Jibek-91", null))
        .hasMessageContaining("кеминде 20 белгиден").hasMessageContaining("не короче 20 символов");
  }

  @Test
  void aPasswordContainingTheUserIdIsRefusedWhateverItsCase() {
    assertThatThrownBy(() -> policy.check("password", "Karakol.Coordinator-77", "karakol.coordinator"))
        .hasMessageContaining("колдонуучунун атын камтыбашы керек")
        .hasMessageContaining("не должен содержать имя пользователя");
  }

  @Test
  void aCommonOrLeakedPasswordIsRefusedFromTheBundledList() {
    assertThatThrownBy(() -> policy.check("password", "qwertyuiop123", null))
        .hasMessageContaining("ачыкка чыгып кеткен")
        .hasMessageContaining("утёкших");
    assertThatThrownBy(() -> policy.check("password", "Password1234", null))
        .hasMessageContaining("утёкших");
  }

  @Test
  void aLongButGuessablePasswordIsRefused() {
    assertThatThrownBy(() -> policy.check("password", "aaaaaaaaaaaaaaaa", null))
        .hasMessageContaining("легко подобрать");
    assertThatThrownBy(() -> policy.check("password", "clerk-password", null))
        .hasMessageContaining("легко подобрать");
  }

  @Test
  void noPasswordAndAPastedTextAreRefused() {
    assertThatThrownBy(() -> policy.check("password", "", null)).hasMessageContaining("обязательно");
    assertThatThrownBy(() -> policy.check("password", null, null)).hasMessageContaining("обязательно");
    assertThatThrownBy(() -> policy.check("password", "Tuz-kol-Jibek-91".repeat(10), null))
        .hasMessageContaining("не более 128");
  }

  @Test
  void theRequirementsReadInBothLanguages() {
    assertThat(policy.requirements()).startsWith("Сырсөз: кеминде 12 белги").contains(" / Пароль: не короче 12 символов");
  }
}
