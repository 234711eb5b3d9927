package kg.socialorder.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.socialorder.engine.RefusedInputException;
import kg.socialorder.http.FormOrigin;
import kg.socialorder.mail.MailLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invitation's public page: the person opens their link, sets a password (the production
 * policy's) and logs in to Tasklist. The token travels in the link and then in the form's hidden
 * field, never in a page address afterwards; the page is kept by no cache and names no referrer.
 * A link unknown, used or expired is answered 410 with the way to a new one. No cross-site guard
 * beyond the token itself: a foreign page cannot know it.
 */
@Controller
class InvitationController {

  private final Invitations invitations;
  private final MailLinks links;

  InvitationController(Invitations invitations, MailLinks links) {
    this.invitations = invitations;
    this.links = links;
  }

  @GetMapping("/people/invitation/{token}")
  String open(@PathVariable String token, Model model, HttpServletResponse response) {
    keepPrivate(response);
    return invitations.open(token)
        .map(invited -> form(model, token, invited, null))
        .orElseGet(() -> gone(model, response));
  }

  @PostMapping("/people/invitation")
  String redeem(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordRepeated, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    keepPrivate(response);
    if (!FormOrigin.fromThisSite(request)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return gone(model, response);
    }
    try {
      Invitations.Invited invited = invitations.redeem(token, password, passwordRepeated);
      model.addAttribute("invited", invited);
      model.addAttribute("tasklist", links.tasklist());
      return "people/password-set";
    } catch (Invitations.RefusedInvitation used) {
      return gone(model, response);
    } catch (RefusedInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return invitations.open(token)
          .map(invited -> form(model, token, invited, refused.getMessage()))
          .orElseGet(() -> gone(model, response));
    }
  }

  private static String form(Model model, String token, Invitations.Invited invited, String refusal) {
    model.addAttribute("token", token);
    model.addAttribute("invited", invited);
    model.addAttribute("refusal", refusal);
    return "people/invitation";
  }

  private static String gone(Model model, HttpServletResponse response) {
    if (response.getStatus() < 400) {
      response.setStatus(HttpServletResponse.SC_GONE);
    }
    return "people/invitation-gone";
  }

  /** The page holds a secret: no cache keeps it, no link from it tells the next site its address. */
  private static void keepPrivate(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
  }
}
