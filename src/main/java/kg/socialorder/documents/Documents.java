package kg.socialorder.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kg.socialorder.SocialOrderProperties;
import kg.socialorder.validation.InputCheck;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes papers in: checks every file of a submission (name, size, count, type read from the
 * content, PDFs without scripts), then keeps them all in one transaction, or none. A public image
 * loses its metadata (the place it was taken) before it is kept.
 */
@Component
public class Documents {

  /** The field every file's refusal is named under. */
  public static final String FIELD = "documents";

  private final DocumentRegister register;
  private final DocumentStore store;
  private final DocumentProperties properties;
  private final ValidationMessages messages;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ZoneId zone;
  private final ApplicationEventPublisher events;

  public Documents(DocumentRegister register, DocumentStore store, DocumentProperties properties,
      ValidationMessages messages, PlatformTransactionManager transactionManager, Clock clock,
      SocialOrderProperties socialOrder, ApplicationEventPublisher events) {
    this.register = register;
    this.store = store;
    this.properties = properties;
    this.messages = messages;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.zone = socialOrder.timeZone();
    this.events = events;
  }

  /**
   * The papers, checked: refused with a message per file, naming it and the reason, when any is
   * wrong. {@code alreadyKept} is what the application's papers weigh already (0 where no
   * application limit applies); {@code deadline}, when given, is the moment after which none is taken.
   */
  public List<CheckedPaper> check(List<Paper> papers, long alreadyKept, Instant deadline, boolean applicationLimit) {
    InputCheck check = messages.check();
    if (deadline != null && !clock.instant().isBefore(deadline)) {
      for (Paper paper : papers) {
        check.reject(FIELD, "uploadClosed", FileNames.shown(paper.upload().fileName()),
            deadline.minusSeconds(60).atZone(zone).toLocalDate());
      }
      check.throwIfInvalid();
    }
    if (papers.size() > properties.maxFilesAtOnce()) {
      check.reject(FIELD, "tooManyFiles", papers.size(), properties.maxFilesAtOnce(),
          FileNames.shown(papers.get(properties.maxFilesAtOnce()).upload().fileName()));
      check.throwIfInvalid();
    }
    List<CheckedPaper> checked = new ArrayList<>();
    long total = alreadyKept;
    for (Paper paper : papers) {
      Upload upload = paper.upload();
      String shown = FileNames.shown(upload.fileName());
      Optional<String> badName = FileNames.refusal(upload.fileName());
      if (badName.isPresent()) {
        check.reject(FIELD, badName.get(), shown);
        continue;
      }
      if (upload.size() == 0) {
        check.reject(FIELD, "fileEmpty", shown);
        continue;
      }
      if (upload.size() > properties.maxFileSize().toBytes()) {
        check.reject(FIELD, "fileTooLarge", shown, size(upload.size()), size(properties.maxFileSize().toBytes()));
        continue;
      }
      total += upload.size();
      if (applicationLimit && total > properties.maxApplicationSize().toBytes()) {
        check.reject(FIELD, "applicationTooLarge", shown, size(properties.maxApplicationSize().toBytes()),
            size(total));
        continue;
      }
      byte[] content;
      try {
        content = upload.bytes();
      } catch (java.io.IOException | java.io.UncheckedIOException unreadable) {
        check.reject(FIELD, "fileUnreadable", shown);
        continue;
      }
      String mediaType = ContentTypes.allowed(content, upload.fileName());
      if (mediaType == null) {
        check.reject(FIELD, "fileType", shown, ContentTypes.detected(content));
        continue;
      }
      if (ContentTypes.PDF.equals(mediaType)) {
        String refusal = PdfScripts.refusal(content);
        if (refusal != null) {
          check.reject(FIELD, refusal, shown);
          continue;
        }
      }
      byte[] kept = paper.publicDocument() ? ImageMetadata.stripped(content, mediaType) : content;
      checked.add(new CheckedPaper(paper, FileNames.sanitised(upload.fileName()), mediaType, kept, sha256(kept)));
    }
    check.throwIfInvalid();
    return checked;
  }

  /** Keeps checked papers in the caller's transaction (a new one when there is none): all, or none. */
  public List<Document> keep(List<CheckedPaper> papers, Placement place) {
    Instant now = clock.instant();
    return transaction.execute(status -> {
      List<Document> kept = new ArrayList<>();
      for (CheckedPaper paper : papers) {
        store.keep(paper.hash(), paper.content());
        Document document = register.add(paper, place, now);
        kept.add(document);
        if (document.publicDocument()) {
          events.publishEvent(new DocumentPublished(document, publicPath(document)));
        }
      }
      return kept;
    });
  }

  /** Checks and keeps papers of a case at once (Tasklist, generated papers, the demo). */
  public List<Document> attach(List<Paper> papers, Placement place) {
    return keep(check(papers, 0, null, false), place);
  }

  /** Where the public sees a public document: {@code /portal/documents/<id>/<file name>}. */
  public static String publicPath(Document document) {
    return "/portal/documents/" + document.id() + "/"
        + org.springframework.web.util.UriUtils.encodePathSegment(document.fileName(),
            java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The bytes of a document. */
  public byte[] content(Document document) {
    return store.read(document.contentHash())
        .orElseThrow(() -> new IllegalStateException("No content for document " + document.id()));
  }

  private static String size(long bytes) {
    return Document.shownSize(bytes);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
