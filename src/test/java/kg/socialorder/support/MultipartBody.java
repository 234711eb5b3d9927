package kg.socialorder.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A form with files as a browser sends it (multipart/form-data): fields (lists repeat), then files. */
public final class MultipartBody {

  /** A file a form carries: the input's name, the file's name as the browser sends it, its bytes. */
  public record FilePart(String input, String fileName, byte[] content) {}

  private final String boundary = "----form" + System.nanoTime();
  private final byte[] bytes;

  public MultipartBody(Map<String, ?> fields, List<FilePart> files) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> {
      for (Object v : value instanceof List<?> list ? list : List.of(value)) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
            + v + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
    });
    for (FilePart file : files) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.input()
          + "\"; filename=\"" + file.fileName().replace("\"", "%22") + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    this.bytes = body.toByteArray();
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public byte[] bytes() {
    return bytes;
  }
}
