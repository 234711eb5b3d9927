package kg.socialorder.documents;

import java.time.Instant;

/**
 * A document as kept: one version of a paper of a case.
 *
 * @param id its number
 * @param municipality the municipality whose case it belongs to
 * @param caseKey the business key of the case (a theme's or an order's)
 * @param callNumber the call, for an application's papers
 * @param applicationNumber the application's registration number, for its papers
 * @param kind what paper it is
 * @param title its title as given
 * @param step where it arose (application, a task's step, or a generated paper's)
 * @param trancheNumber the tranche it belongs to, if any
 * @param publicDocument whether the public sees it (portal, open data)
 * @param familyId the versions of one paper share it
 * @param version from 1
 * @param contentHash SHA-256 of the bytes
 * @param size in bytes
 * @param mediaType as read from the content
 * @param fileName the sanitised name it is served under
 * @param uploadedBy the login of who uploaded it; null for the portal's visitors and generated papers
 * @param uploadedAt when
 */
public record Document(
    long id, String municipality, String caseKey, String callNumber, String applicationNumber, DocumentKind kind,
    String title, String step, Integer trancheNumber, boolean publicDocument, String familyId, int version,
    String contentHash, long size, String mediaType, String fileName, String uploadedBy, Instant uploadedAt) {
  /** The size as people read it: "240 КБ", "1,5 МБ". */
  public String shownSize() {
    return shownSize(size);
  }

  /** A size in bytes as people read it: "240 КБ", "1,5 МБ". */
  public static String shownSize(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f МБ", bytes / 1024.0 / 1024.0).replace('.', ',');
    }
    return Math.max(1, (bytes + 1023) / 1024) + " КБ";
  }
}
