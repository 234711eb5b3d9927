package kg.socialorder.documents;

/**
 * A public document was kept: the portal shows it, open data publishes it. Raised in the
 * transaction that keeps it, so a listener's writing commits or rolls back with it.
 *
 * @param document the document as kept
 * @param path the portal's path it is served at, e.g. {@code /portal/documents/12/ustav.pdf}
 */
public record DocumentPublished(Document document, String path) {}
