package kg.socialorder.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kg.socialorder.validation.InvalidInputException;

/** Asserts that a submission is refused as a person would see it. */
public final class Refusals {

  private Refusals() {}

  /** Refused naming exactly these fields, with a message in Kyrgyz and in Russian. */
  public static void assertRefused(Runnable submission, List<String> fields, String kyrgyz, String russian) {
    assertThatThrownBy(submission::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactlyInAnyOrderElementsOf(fields))
        .hasMessageContaining(kyrgyz)
        .hasMessageContaining(russian);
  }
}
