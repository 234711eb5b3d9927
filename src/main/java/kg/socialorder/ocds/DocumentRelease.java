package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kg.socialorder.documents.Document;
import kg.socialorder.documents.DocumentKind;

/**
 * A public document of a contracting process as a release: the terms and the commission's protocol
 * with the tender, the signed contract and the reports, minutes and photos with the contract (its
 * implementation for the reports), before a contract with the tender. Each is a {@code documents}
 * entry with its OCDS {@code documentType}, title, link, format, date and language.
 */
final class DocumentRelease {

  static final String TAG_TENDER_UPDATE = "tenderUpdate";
  static final String TAG_CONTRACT_UPDATE = "contractUpdate";
  static final String TAG_IMPLEMENTATION_UPDATE = "implementationUpdate";

  private DocumentRelease() {}

  /** The tag of the release: where in the process the document goes, given what was published. */
  static String tag(Document document, ObjectNode current) {
    String contract = current.path("contracts").path(0).path("id").asText(null);
    if (contract == null || isOfTender(document.kind())) {
      return TAG_TENDER_UPDATE;
    }
    return document.kind() == DocumentKind.SIGNED_CONTRACT ? TAG_CONTRACT_UPDATE : TAG_IMPLEMENTATION_UPDATE;
  }

  static void fill(ReleaseDraft release, ObjectNode current, Document document, String url, String language) {
    ObjectNode entry = OcdsJson.object();
    entry.put("id", "document-" + document.id());
    document.kind().ocdsType().ifPresent(type -> entry.put("documentType", type));
    // one language in each text: Kyrgyz in the field, Russian in its _ru variant
    Text.entered(document.title()).put(entry, "title");
    Text.entered(document.kind().label()).put(entry, "description");
    entry.put("url", url);
    entry.put("format", document.mediaType());
    entry.put("datePublished", release.date);
    entry.put("language", language);
    String tag = release.tags.get(0);
    if (TAG_TENDER_UPDATE.equals(tag)) {
      ObjectNode tender = release.json.putObject("tender");
      tender.put("id", current.path("tender").path("id").asText(document.caseKey()));
      tender.putArray("documents").add(entry);
      return;
    }
    ObjectNode contract = release.json.putArray("contracts").addObject();
    contract.put("id", current.path("contracts").path(0).path("id").asText());
    String award = current.path("contracts").path(0).path("awardID").asText(null);
    if (award != null) {
      contract.put("awardID", award);
    }
    if (TAG_CONTRACT_UPDATE.equals(tag)) {
      contract.putArray("documents").add(entry);
    } else {
      contract.putObject("implementation").putArray("documents").add(entry);
    }
  }

  private static boolean isOfTender(DocumentKind kind) {
    return kind == DocumentKind.TERMS_OF_REFERENCE || kind == DocumentKind.COMMISSION_PROTOCOL;
  }
}
