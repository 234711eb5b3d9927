package kg.socialorder.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import kg.socialorder.engine.RefusedInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's page of municipalities: the list (open ones first, who added, renamed or closed
 * each, when), a form to add one, a rename form per row, and closing after a page that says how many
 * people will lose their access. A refused form comes back with its values and the bilingual message.
 */
@Controller
public class MunicipalitiesController {

  static final String PAGE = "/people/municipalities";

  private final AdministratorPages pages;
  private final Municipalities municipalities;
  private final IdentityService identityService;

  public MunicipalitiesController(AdministratorPages pages, Municipalities municipalities,
      IdentityService identityService) {
    this.pages = pages;
    this.municipalities = municipalities;
    this.identityService = identityService;
  }

  @GetMapping({PAGE, PAGE + "/"})
  public String page(HttpServletRequest request, Model model, @RequestParam(required = false) String done,
      @RequestParam(required = false) String id) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    model.addAttribute("done", done);
    model.addAttribute("doneMunicipality", municipalities.find(id).orElse(null));
    return list(request, model, administrator.get());
  }

  @PostMapping(PAGE)
  public String add(HttpServletRequest request, HttpServletResponse response, Model model,
      @RequestParam(required = false) String municipalityId, @RequestParam(required = false) String nameKy,
      @RequestParam(required = false) String nameRu) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    pages.checkForm(request);
    try {
      RegisteredMunicipality added = municipalities.add(administrator.get(), municipalityId, nameKy, nameRu);
      return done("added", added.id());
    } catch (RefusedInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("addError", refused.getMessage());
      model.addAttribute("addForm", new Form(municipalityId, nameKy, nameRu));
      return list(request, model, administrator.get());
    }
  }

  @PostMapping(PAGE + "/{id}/rename")
  public String rename(HttpServletRequest request, HttpServletResponse response, Model model,
      @PathVariable String id, @RequestParam(required = false) String nameKy,
      @RequestParam(required = false) String nameRu) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    pages.checkForm(request);
    try {
      municipalities.rename(administrator.get(), id, nameKy, nameRu);
      return done("renamed", id);
    } catch (RefusedInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("renameError", refused.getMessage());
      model.addAttribute("renameForm", new Form(id, nameKy, nameRu));
      return list(request, model, administrator.get());
    }
  }

  @GetMapping(PAGE + "/{id}/close")
  public String confirmClose(HttpServletRequest request, HttpServletResponse response, Model model,
      @PathVariable String id) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    Optional<RegisteredMunicipality> municipality = municipalities.find(id);
    if (municipality.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return list(request, model, administrator.get());
    }
    model.addAttribute("municipality", municipality.get());
    model.addAttribute("people", identityService.createUserQuery().memberOfTenant(id).count());
    model.addAttribute("pages", pages);
    model.addAttribute("csrf", pages.token(request));
    return "people/close-municipality";
  }

  @PostMapping(PAGE + "/{id}/close")
  public String close(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable String id) {
    Optional<String> administrator = pages.administrator(request);
    if (administrator.isEmpty()) {
      return AdministratorPages.LOGIN;
    }
    pages.checkForm(request);
    try {
      int people = municipalities.close(administrator.get(), id);
      return "redirect:" + UriComponentsBuilder.fromPath(PAGE).queryParam("done", "closed").queryParam("id", id)
          .queryParam("people", people).build().encode().toUriString();
    } catch (RefusedInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("closeError", refused.getMessage());
      return list(request, model, administrator.get());
    }
  }

  private String list(HttpServletRequest request, Model model, String administrator) {
    model.addAttribute("administrator", administrator);
    model.addAttribute("municipalities", municipalities.all());
    model.addAttribute("pages", pages);
    model.addAttribute("csrf", pages.token(request));
    if (!model.containsAttribute("addForm")) {
      model.addAttribute("addForm", new Form("", "", ""));
    }
    return "people/municipalities";
  }

  private static String done(String what, String id) {
    return "redirect:" + UriComponentsBuilder.fromPath(PAGE).queryParam("done", what).queryParam("id", id)
        .build().encode().toUriString();
  }

  /** What a refused form had, shown again. */
  public record Form(String id, String nameKy, String nameRu) {}
}
