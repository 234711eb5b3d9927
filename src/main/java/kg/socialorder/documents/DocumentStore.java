package kg.socialorder.documents;

import java.util.Optional;

/**
 * Where the bytes of documents are kept, by their SHA-256: the database by default
 * ({@link DatabaseDocumentStore}), so the embedded demo needs nothing; a deployment may keep them
 * elsewhere ({@code social-order.documents.store}). Bytes once kept are never overwritten: the same
 * hash is the same content.
 */
public interface DocumentStore {

  /** Keeps the content under its hash, in the caller's transaction where the store has one. */
  void keep(String hash, byte[] content);

  /** The content kept under the hash. */
  Optional<byte[]> read(String hash);
}
