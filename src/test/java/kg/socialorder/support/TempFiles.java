package kg.socialorder.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary files and folders the tests make, removed when done with: a test run leaves no trace in /tmp. */
public final class TempFiles {

  private TempFiles() {}

  /** A folder and all it holds; one left over (a file still open elsewhere) is no reason to fail a test. */
  public static void deleteRecursively(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left for the system's own cleaning of /tmp
    }
  }

  /** A file to hand to a browser's upload field, deleted when the test JVM ends. */
  public static Path upload(String prefix, String suffix, byte[] content) throws IOException {
    Path file = Files.createTempFile(prefix, suffix);
    file.toFile().deleteOnExit();
    return Files.write(file, content);
  }
}
