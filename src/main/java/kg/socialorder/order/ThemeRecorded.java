package kg.socialorder.order;

/**
 * The register's entry of a theme was written: the theme registered (or registered again by a
 * repeated step) or moved to another stage. Raised in the writer's transaction, after the write.
 *
 * @param themeKey the theme's key
 */
public record ThemeRecorded(String themeKey) {}
