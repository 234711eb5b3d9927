package kg.socialorder.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The dashboard's and the exports' refusals, each a page in Kyrgyz and Russian: not logged in (401,
 * with the way to the login), not theirs to read (403), a wrong parameter (400, naming it).
 */
@ControllerAdvice(basePackageClasses = DashboardErrors.class)
class DashboardErrors {

  private final ValidationMessages messages;

  DashboardErrors(ValidationMessages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(DashboardAccess.NotLoggedIn.class)
  String notLoggedIn(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    model.addAttribute("login", true);
    model.addAttribute("messages", List.of(
        "Бул бетти көрүү үчүн Camunda'га (Cockpit же Tasklist) кириңиз.",
        "Чтобы открыть эту страницу, войдите в Camunda (Cockpit или Tasklist)."));
    return "dashboard/refused";
  }

  @ExceptionHandler(DashboardAccess.Refused.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused(Model model) {
    model.addAttribute("login", false);
    model.addAttribute("messages", List.of(
        "Бул маалымат сиздин ролуңузга же муниципалитетиңизге тиешелүү эмес.",
        "Эти сведения не относятся к вашей роли или вашему муниципалитету."));
    return "dashboard/refused";
  }

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidInputException rejected, Model model) {
    model.addAttribute("login", false);
    model.addAttribute("messages", rejected.getViolations().stream().map(messages::describe).toList());
    return "dashboard/refused";
  }
}
