package kg.socialorder.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import kg.socialorder.engine.RefusedInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's page of a municipality's people: who has access, in which roles, a form per
 * person to deactivate them with an optional successor, and the people who left (who deactivated them,
 * when, to whom their tasks went).
 */
@Controller
public class StaffController {

  static final String PAGE = "/people/staff";

  private final AdministratorPages pages;
  private final Municipalities municipalities;
  private final Staff staff;

  public StaffController(AdministratorPages pages, Municipalities municipalities, Staff staff) {
    this.pages = pages;
    this.municipalities = municipalities;
    this.staff = staff;
  }

  @GetMapping({PAGE, PAGE + "/"})
  public String page(HttpServletRequest request, HttpServletResponse response, Model model,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String left) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    model.addAttribute("left", left);
    return show(request, response, model, administrator.get(), municipality);
  }

  @PostMapping(PAGE + "/{userId}/deactivate")
  public String deactivate(HttpServletRequest request, HttpServletResponse response, Model model,
      @PathVariable String userId, @RequestParam(required = false) String municipality,
      @RequestParam(required = false) String successor) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    pages.checkForm(request);
    try {
      Leaver leaver = staff.deactivate(administrator.get(), userId, successor);
      return "redirect:" + UriComponentsBuilder.fromPath(PAGE)
          .queryParam("municipality", leaver.municipality() == null ? municipality : leaver.municipality())
          .queryParam("left", leaver.userId()).build().encode().toUriString();
    } catch (RefusedInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", refused.getMessage());
      model.addAttribute("errorPerson", userId);
      return show(request, response, model, administrator.get(), municipality);
    }
  }

  private String show(HttpServletRequest request, HttpServletResponse response, Model model, String administrator,
      String chosen) {
    List<RegisteredMunicipality> all = municipalities.all();
    RegisteredMunicipality municipality = chosen == null || chosen.isBlank()
        ? all.stream().filter(m -> !m.closed()).findFirst().orElse(null)
        : municipalities.find(chosen).orElse(null);
    if (municipality == null && chosen != null && !chosen.isBlank()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    model.addAttribute("administrator", administrator);
    model.addAttribute("municipalities", all);
    model.addAttribute("municipality", municipality);
    List<StaffMember> people = municipality == null ? List.of() : staff.of(municipality.id());
    model.addAttribute("people", people);
    model.addAttribute("leavers", municipality == null ? List.of() : staff.leftFrom(municipality.id()));
    model.addAttribute("pages", pages);
    model.addAttribute("csrf", pages.token(request));
    return "people/staff";
  }
}
