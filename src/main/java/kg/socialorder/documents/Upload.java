package kg.socialorder.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A file as a person sent it: the name their computer gave it, its size, and its bytes, read only
 * once it is known not to be too large.
 */
public interface Upload {

  String fileName();

  long size();

  byte[] bytes() throws IOException;

  /** An upload whose bytes are at hand (generated papers, tests, the demo). */
  static Upload of(String fileName, byte[] content) {
    return new Upload() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public long size() {
        return content.length;
      }

      @Override
      public byte[] bytes() {
        return content;
      }
    };
  }

  /** An uploaded part of a multipart request. */
  static Upload of(org.springframework.web.multipart.MultipartFile file) {
    return new Upload() {
      @Override
      public String fileName() {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
      }

      @Override
      public long size() {
        return file.getSize();
      }

      @Override
      public byte[] bytes() {
        try {
          return file.getBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
