package kg.socialorder.documents;

/**
 * A paper a person sends: its kind, title, tranche, whether it is public, the family it is a new
 * version of (null for a new paper), and the file.
 */
public record Paper(DocumentKind kind, String title, Integer trancheNumber, boolean publicDocument,
    String replacesFamily, Upload upload) {}
