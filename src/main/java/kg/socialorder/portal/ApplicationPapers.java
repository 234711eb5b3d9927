package kg.socialorder.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.socialorder.competition.CompetitionVariables;
import kg.socialorder.documents.Document;
import kg.socialorder.documents.DocumentKind;
import kg.socialorder.documents.DocumentProperties;
import kg.socialorder.documents.DocumentRegister;
import kg.socialorder.documents.Paper;
import kg.socialorder.documents.Upload;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The NGO's papers on the application form: one file input per kind ({@code document.<kind>}), the
 * kinds the call requires marked required. A paper sent with a change of the application is a new
 * version of the application's paper of that kind; the earlier stays.
 */
@Component
class ApplicationPapers {

  static final String INPUT = "document.";

  private final DocumentRegister register;
  private final DocumentProperties limits;

  ApplicationPapers(DocumentRegister register, DocumentProperties limits) {
    this.register = register;
    this.limits = limits;
  }

  /** The largest file, as the form says it. */
  String maxFileSize() {
    return Document.shownSize(limits.maxFileSize().toBytes());
  }

  /** The most an application's papers weigh together, as the form says it. */
  String maxApplicationSize() {
    return Document.shownSize(limits.maxApplicationSize().toBytes());
  }

  /** The kinds the form offers, each with its label and whether the call requires it. */
  static List<FormKind> formKinds() {
    return DocumentKind.OF_APPLICATION.stream()
        .map(k -> new FormKind(k.code(), k.label(), CompetitionVariables.DOCUMENT_CODES.contains(k.code()),
            PortalLabels.DOCUMENTS.containsKey(k.code())))
        .toList();
  }

  /** The files the form carried, in the form's order; inputs left empty are no file. */
  List<Paper> sent(HttpServletRequest request, String callNumber, String registrationNumber) {
    MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    if (multipart == null) {
      return List.of();
    }
    Map<String, String> families = registrationNumber == null ? Map.of()
        : register.ofApplication(callNumber, registrationNumber).stream()
            .sorted(Comparator.comparing(Document::id))
            .collect(Collectors.toMap(d -> d.kind().code(), Document::familyId, (first, later) -> later));
    List<Paper> papers = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.OF_APPLICATION) {
      List<MultipartFile> files = multipart.getFiles(INPUT + kind.code());
      List<MultipartFile> chosen = files.stream()
          .filter(f -> !(f.getSize() == 0 && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
          .toList();
      for (int i = 0; i < chosen.size(); i++) {
        // the first file of a kind the application has already is its new version; more are new papers
        String replaces = i == 0 ? families.get(kind.code()) : null;
        papers.add(new Paper(kind, kind.label(), null, false, replaces, Upload.of(chosen.get(i))));
      }
    }
    // a hand-made form may send files under other names: they are counted and checked as well
    for (Map.Entry<String, List<MultipartFile>> other : multipart.getMultiFileMap().entrySet()) {
      if (!other.getKey().startsWith(INPUT) || DocumentKind.OF_APPLICATION.stream()
          .noneMatch(k -> other.getKey().equals(INPUT + k.code()))) {
        for (MultipartFile file : other.getValue()) {
          papers.add(new Paper(DocumentKind.OTHER, DocumentKind.OTHER.label(), null, false, null, Upload.of(file)));
        }
      }
    }
    return papers;
  }

  /** The codes of the declared papers, with the kinds a file was sent for. */
  static List<String> declared(List<String> ticked, List<Paper> papers) {
    Set<String> declared = new java.util.LinkedHashSet<>(ticked == null ? List.of() : ticked);
    papers.stream().map(p -> p.kind().code()).filter(PortalLabels.DOCUMENTS::containsKey).forEach(declared::add);
    return List.copyOf(declared);
  }

  /** A kind on the form: its input's code, label, whether the call requires it and whether it can be declared. */
  record FormKind(String code, String label, boolean required, boolean declarable) {}
}
