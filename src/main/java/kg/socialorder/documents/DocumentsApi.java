package kg.socialorder.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.socialorder.PersonName;
import kg.socialorder.documents.DocumentAccess.Refused;
import kg.socialorder.documents.DocumentAccess.TaskCase;
import kg.socialorder.engine.RefusalScope;
import kg.socialorder.identity.WebappUser;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.InvalidInputException;
import kg.socialorder.validation.ValidationMessages;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a task's case for the webapps (the Tasklist panel "Документтер / Документы"),
 * under the webapps' login and their CSRF protection ({@code /camunda/api/…}): list, upload to the
 * task's case, open. Refusals answer {@code {"type", "message"}} as the engine API does, the message
 * in Kyrgyz and Russian.
 */
@RestController
@RequestMapping("${camunda.bpm.webapp.application-path:/camunda}/api/documents")
public class DocumentsApi {

  private static final String ENGINE = "default";

  private final DocumentAccess access;
  private final DocumentRegister register;
  private final Documents documents;
  private final ValidationMessages messages;
  private final IdentityService identity;

  public DocumentsApi(DocumentAccess access, DocumentRegister register, Documents documents,
      ValidationMessages messages, IdentityService identity) {
    this.access = access;
    this.register = register;
    this.documents = documents;
    this.messages = messages;
    this.identity = identity;
  }

  /** The papers of the task's case, the kinds a paper may have, and whether the reader may add one. */
  @GetMapping("/tasks/{taskId}")
  public Map<String, Object> ofTask(@PathVariable String taskId, HttpServletRequest request) {
    WebappUser reader = reader(request);
    TaskCase task = access.taskCase(reader, taskId);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseKey", task.caseKey());
    answer.put("trancheNumber", task.trancheNumber());
    answer.put("mayUpload", !reader.supervisor());
    answer.put("kinds", java.util.Arrays.stream(DocumentKind.values())
        .map(k -> Map.of("code", k.code(), "label", k.label())).toList());
    answer.put("documents", shown(reader, register.ofCase(task.caseKey())));
    return answer;
  }

  /** The papers of a case, for a reader of the whole case (supervisors, the municipality's officials). */
  @GetMapping("/cases/{caseKey}")
  public Map<String, Object> ofCase(@PathVariable String caseKey, HttpServletRequest request) {
    WebappUser reader = reader(request);
    List<Document> all = register.ofCase(caseKey);
    if (!all.isEmpty()) {
      access.requireCase(reader, all.get(0).municipality(), caseKey);
    }
    return Map.of("caseKey", caseKey, "documents", shown(reader, all));
  }

  /** Adds papers to the task's case, as the task's step; one wrong file keeps none. */
  @PostMapping("/tasks/{taskId}")
  public ResponseEntity<Map<String, Object>> upload(@PathVariable String taskId,
      @RequestParam(name = "file", required = false) List<MultipartFile> files,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
      @RequestParam(name = "public", required = false) String publicFlag,
      @RequestParam(required = false) String trancheNumber, @RequestParam(required = false) String replaces,
      HttpServletRequest request) {
    WebappUser reader = reader(request);
    TaskCase task = access.taskCase(reader, taskId);
    access.requireUpload(reader);
    List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()
        || (f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())).toList();
    InputCheck check = messages.check();
    String firstName = sent.isEmpty() ? "" : FileNames.shown(sent.get(0).getOriginalFilename());
    if (sent.isEmpty()) {
      check.reject(Documents.FIELD, "documentNoFile");
    }
    DocumentKind documentKind = DocumentKind.of(kind == null ? "" : kind).orElse(null);
    if (documentKind == null) {
      check.reject(Documents.FIELD, "documentKind", firstName);
    }
    String documentTitle = title == null || title.isBlank() ? (documentKind == null ? "" : documentKind.label())
        : title.strip();
    if (documentTitle.length() > 500) {
      check.reject(Documents.FIELD, "documentTitle", firstName);
    }
    Integer tranche = task.trancheNumber();
    if (trancheNumber != null && !trancheNumber.isBlank()) {
      try {
        tranche = Integer.valueOf(trancheNumber.strip());
        if (tranche < 1 || tranche > 99) {
          check.reject(Documents.FIELD, "documentTranche", firstName);
        }
      } catch (NumberFormatException e) {
        check.reject(Documents.FIELD, "documentTranche", firstName);
      }
    }
    String family = replaces == null || replaces.isBlank() ? null : replaces.strip();
    if (family != null && register.ofCase(task.caseKey()).stream().noneMatch(d -> d.familyId().equals(family))) {
      check.reject(Documents.FIELD, "documentFamily", firstName);
    }
    check.throwIfInvalid();
    boolean isPublic = "true".equals(publicFlag) || "on".equals(publicFlag);
    List<Paper> papers = new ArrayList<>();
    for (MultipartFile file : sent) {
      papers.add(new Paper(documentKind, documentTitle, tranche, isPublic, papers.isEmpty() ? family : null,
          Upload.of(file)));
    }
    List<Document> kept = documents.attach(papers, Placement.ofCase(task.municipality(), task.caseKey(),
        task.task().getTaskDefinitionKey(), reader.userId()));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("documents", shown(reader, kept)));
  }

  /** A document's bytes, to whoever may read its case. */
  @GetMapping("/{id}/content")
  public ResponseEntity<byte[]> content(@PathVariable long id, HttpServletRequest request) {
    WebappUser reader = reader(request);
    Document document = register.find(id).orElseThrow(() -> new Refused(404, messages.bilingual("access.notYours")));
    access.requireRead(reader, document);
    return DocumentResponses.of(document, documents.content(document));
  }

  private List<Map<String, Object>> shown(WebappUser reader, List<Document> all) {
    boolean applications = access.mayReadApplications(reader);
    List<Document> shown = all.stream().filter(d -> applications || d.applicationNumber() == null).toList();
    Map<String, String> names = names(shown);
    return shown.stream().map(d -> json(d, names)).toList();
  }

  /** Who added the papers, by name as the webapps show people, read at once; a login no one has stays. */
  private Map<String, String> names(List<Document> shown) {
    String[] ids = shown.stream().map(Document::uploadedBy).filter(Objects::nonNull).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      identity.createUserQuery().userIdIn(ids).list().forEach(user -> names.put(user.getId(), PersonName.of(user)));
    }
    return names;
  }

  private static Map<String, Object> json(Document d, Map<String, String> names) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", d.id());
    json.put("kind", d.kind().code());
    json.put("kindLabel", d.kind().label());
    json.put("title", d.title());
    json.put("step", d.step());
    json.put("trancheNumber", d.trancheNumber());
    json.put("applicationNumber", d.applicationNumber());
    json.put("public", d.publicDocument());
    json.put("familyId", d.familyId());
    json.put("version", d.version());
    json.put("fileName", d.fileName());
    json.put("mediaType", d.mediaType());
    json.put("size", d.size());
    json.put("shownSize", d.shownSize());
    json.put("uploadedBy", d.uploadedBy());
    json.put("uploadedByName", d.uploadedBy() == null ? null : names.getOrDefault(d.uploadedBy(), d.uploadedBy()));
    json.put("uploadedAt", d.uploadedAt().toString());
    json.put("url", "documents/" + d.id() + "/content");
    return json;
  }

  private WebappUser reader(HttpServletRequest request) {
    return WebappUser.of(request, ENGINE)
        .orElseThrow(() -> new Refused(401, messages.bilingual("access.notLoggedIn")));
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, String>> refused(Refused refused) {
    // the webapps' refusal answers pass our message on as written (webapp/RefusalAnswers)
    RefusalScope.refused(refused);
    return ResponseEntity.status(refused.status()).body(Map.of("type", "Refused", "message", refused.getMessage()));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, String>> invalid(InvalidInputException invalid) {
    RefusalScope.refused(invalid);
    return ResponseEntity.badRequest().body(Map.of("type", "RefusedInput", "message", invalid.getMessage()));
  }
}
