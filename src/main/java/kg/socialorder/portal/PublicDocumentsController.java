package kg.socialorder.portal;

import kg.socialorder.documents.Document;
import kg.socialorder.documents.DocumentRegister;
import kg.socialorder.documents.DocumentResponses;
import kg.socialorder.documents.Documents;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public papers of the social orders (call terms, protocols, contracts, reports, hearing
 * minutes) for anyone, without login: only a document marked public is served, under its own name,
 * as the type read from its content; any other number is not found.
 */
@Controller
@RequestMapping("/portal/documents")
public class PublicDocumentsController {

  private final DocumentRegister register;
  private final Documents documents;

  public PublicDocumentsController(DocumentRegister register, Documents documents) {
    this.register = register;
    this.documents = documents;
  }

  @GetMapping({"/{id:\\d{1,18}}", "/{id:\\d{1,18}}/{fileName}"})
  public ResponseEntity<byte[]> document(@PathVariable long id) {
    Document document = register.find(id).filter(Document::publicDocument).orElse(null);
    if (document == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    return DocumentResponses.of(document, documents.content(document));
  }
}
