package kg.socialorder.documents;

/** A paper that passed every check, with the bytes to keep (public images without their metadata). */
public record CheckedPaper(Paper paper, String fileName, String mediaType, byte[] content, String hash) {}
