package kg.socialorder.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kg.socialorder.finalreport.PublicReportRegister;
import kg.socialorder.finalreport.PublicReportRegister.Published;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The public reports of closed contracts: a list, each report as a page and as a PDF. */
@Controller
@RequestMapping("/portal/reports")
public class ReportController {

  static final int PAGE_SIZE = 20;

  private final PublicReportRegister reports;
  private final MunicipalityNames municipalityNames;
  private final SpringTemplateEngine templates;
  private final ReportPdf pdf;
  private final ReportFormat format;
  private final ValidationMessages messages;

  public ReportController(PublicReportRegister reports, MunicipalityNames municipalityNames,
      SpringTemplateEngine templates, ReportPdf pdf, ReportFormat format, ValidationMessages messages) {
    this.reports = reports;
    this.municipalityNames = municipalityNames;
    this.templates = templates;
    this.pdf = pdf;
    this.format = format;
    this.messages = messages;
  }

  @GetMapping({"", "/"})
  public String list(@RequestParam(required = false) String municipality,
      @RequestParam(required = false) String page, Model model) {
    Map<String, String> municipalities = municipalityNames.all();
    InputCheck check = messages.check();
    String filter = check.choice(SearchParameters.MUNICIPALITY, municipality, false, municipalities.keySet());
    Long pageNumber = check.wholeNumber(SearchParameters.PAGE, page, false, 1, SearchParameters.MAX_PAGE);
    check.throwIfInvalid();
    int total = reports.count(filter);
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(pageNumber == null ? 1 : pageNumber.intValue(), pages);
    model.addAttribute("reports", reports.page(filter, (current - 1) * PAGE_SIZE, PAGE_SIZE));
    model.addAttribute("municipalities", municipalities);
    model.addAttribute("municipality", filter);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("format", format);
    return "portal/reports";
  }

  @GetMapping("/{businessKey}")
  public String report(@PathVariable String businessKey, Model model) {
    Published published = find(businessKey);
    model.addAttribute("published", published);
    model.addAttribute("municipalityName", municipalityNames.all().get(published.report().municipality()));
    model.addAttribute("format", format);
    return "portal/report";
  }

  @GetMapping("/{businessKey}/pdf")
  public ResponseEntity<byte[]> reportPdf(@PathVariable String businessKey) {
    Published published = find(businessKey);
    Context context = new Context();
    context.setVariable("published", published);
    context.setVariable("municipalityName", municipalityNames.all().get(published.report().municipality()));
    context.setVariable("format", format);
    String xhtml = templates.process("portal/report-print", context);
    byte[] document = pdf.render(xhtml, null);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(businessKey + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(document);
  }

  @ExceptionHandler(ReportNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound() {
    return "portal/not-found";
  }

  private Published find(String businessKey) {
    return reports.find(businessKey).orElseThrow(ReportNotFound::new);
  }

  static class ReportNotFound extends RuntimeException {}

}
