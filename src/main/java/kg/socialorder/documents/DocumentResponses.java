package kg.socialorder.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document's bytes as an HTTP answer: served as the type read from its content, never sniffed
 * ({@code nosniff}); opened in the browser only when nothing in it can run (PDF, JPEG, PNG), saved
 * as an attachment otherwise; under its sanitised name, in UTF-8 for Kyrgyz and Russian names.
 */
public final class DocumentResponses {

  private DocumentResponses() {}

  public static ResponseEntity<byte[]> of(Document document, byte[] content) {
    boolean inline = ContentTypes.SAFE_INLINE.contains(document.mediaType());
    ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(document.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        // a document is the same bytes for ever: a new version is a new document
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
        .eTag("\"" + document.contentHash() + "\"")
        .body(content);
  }
}
