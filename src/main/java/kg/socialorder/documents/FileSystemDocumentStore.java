package kg.socialorder.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The bytes as files under {@code social-order.documents.directory}, one per hash
 * ({@code ab/abcdef…}), written to a temporary file and moved into place, so a reader never sees half
 * a file and a second writer of the same content changes nothing. A file written for a submission
 * that is then refused stays, unreferenced: content is never removed, so that costs only its space.
 */
@Component
@ConditionalOnProperty(name = "social-order.documents.store", havingValue = "filesystem")
public class FileSystemDocumentStore implements DocumentStore {

  private final Path root;

  public FileSystemDocumentStore(DocumentProperties properties) {
    this.root = Path.of(properties.directory());
  }

  @Override
  public void keep(String hash, byte[] content) {
    Path file = fileOf(hash);
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), hash, ".part");
      Files.write(temporary, content);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<byte[]> read(String hash) {
    Path file = fileOf(hash);
    try {
      return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path fileOf(String hash) {
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256: " + hash);
    }
    return root.resolve(hash.substring(0, 2)).resolve(hash);
  }
}
