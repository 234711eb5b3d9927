package kg.socialorder.portal;

import java.util.List;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A search on the portal with a wrong filter or page is refused with 400 and the bilingual message
 * naming the parameter; the portal's controllers read their parameters as text and check them, so a
 * type mismatch Spring finds first (a hand-made URL) gets a plain refusal, never an error page.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

  private final ValidationMessages messages;

  PortalErrors(ValidationMessages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalidSearch(InvalidInputException rejected, Model model) {
    model.addAttribute("messages", rejected.getViolations().stream().map(messages::describe).toList());
    return "portal/bad-request";
  }

  /** A multipart form past the server's limits (its size, its number of parts): 413, saying so. */
  @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  String tooLarge(Model model) {
    model.addAttribute("messages", List.of(messages.refusal("uploadTooLarge")));
    return "portal/bad-request";
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String malformedRequest(Model model) {
    model.addAttribute("messages", List.of("Суроонун параметрлери туура эмес. / Неверные параметры запроса."));
    return "portal/bad-request";
  }
}
