package kg.socialorder.webapp;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds back the body of an error answer (status 400 or above, but 401, which the webapps answer
 * with their login page), so that it can be rewritten; every other answer goes out as it is
 * written, unbuffered. Camunda's REST layer sets the status before it writes the body.
 */
final class ErrorBodyCapture extends HttpServletResponseWrapper {

  private ByteArrayOutputStream held;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorBodyCapture(HttpServletResponse response) {
    super(response);
  }

  private boolean holding() {
    int status = getStatus();
    return held != null || (status >= 400 && status != HttpServletResponse.SC_UNAUTHORIZED);
  }

  /** The body held back, or null when the answer went out as it was. */
  byte[] heldBody() {
    if (held == null) {
      return null;
    }
    if (writer != null) {
      writer.flush();
    }
    return held.toByteArray();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!holding()) {
      return super.getOutputStream();
    }
    if (stream == null) {
      held = held == null ? new ByteArrayOutputStream() : held;
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
          held.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          held.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("an error body is written at once");
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!holding()) {
      return super.getWriter();
    }
    if (writer == null) {
      held = held == null ? new ByteArrayOutputStream() : held;
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(held, charset));
    }
    return writer;
  }

  @Override
  public void setContentLength(int length) {
    if (!holding()) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (!holding()) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!holding()) {
      super.flushBuffer();
    }
  }
}
