package kg.socialorder.people;

import java.util.List;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import kg.socialorder.validation.Violation;
import org.springframework.stereotype.Component;

/** A refusal of one field of the people pages, in Kyrgyz and Russian (messages/people_*.properties). */
@Component
class Refusals {

  private final ValidationMessages messages;

  Refusals(ValidationMessages messages) {
    this.messages = messages;
  }

  InvalidInputException of(String field, String code, Object... args) {
    List<Violation> violations = List.of(new Violation(field, code, args));
    return new InvalidInputException(violations, messages.describe(violations));
  }
}
