package kg.socialorder.order;

/**
 * The register's entry of a social order was written: the order registered (or registered again by
 * a repeated step) or moved to another stage. Raised in the writer's transaction, after the write.
 *
 * @param orderKey the order's business key
 */
public record OrderRecorded(String orderKey) {}
