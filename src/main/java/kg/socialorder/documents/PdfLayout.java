package kg.socialorder.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Lays XHTML out as a PDF: the public report for the notice board, the signed contract and the
 * commission's protocol. The fonts come from OpenPDF's font package on the classpath, so the PDF
 * looks the same, Kyrgyz letters included, on every server.
 *
 * <p>The PDFs are tagged for accessibility (PDF/UA: structure, language, title and description, read by
 * screen readers; see {@link #head}). That also leaves out the renderer's built-in standard-14 fonts,
 * which the pages never use: with them, PDFBox scanned the machine's fonts and kept a dozen of them
 * parsed in memory, some 10 MB after the demo's papers were written.
 */
@Component
public class PdfLayout {

  public static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONTS = "/liberation/";

  static {
    // the renderer logs through SLF4J (levels in application.yaml), not to the console on its own
    XRLog.setLoggerImpl(new Slf4jLogger());
  }

  /**
   * The start of a paper's XHTML up to its body: Kyrgyz as its language, the title and the subject a
   * tagged PDF needs (the reader's window title, and the document's description: the procedure and the
   * case the paper belongs to), the fonts and the style.
   */
  public static String head(String title, String caseKey, String css) {
    String subject = "Муниципалдык социалдык тапшырык / Муниципальный социальный заказ · " + caseKey;
    return "<!DOCTYPE html><html lang=\"ky\"><head><meta charset=\"UTF-8\"/><title>" + escape(title) + "</title>"
        + "<meta name=\"subject\" content=\"" + escape(subject) + "\"/>"
        + "<style>body{font-family:'" + FONT_FAMILY + "'}" + css + "</style></head>";
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  public byte[] render(String xhtml, String baseUri) {
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      font(builder, "LiberationSans-Regular.ttf", 400, false);
      font(builder, "LiberationSans-Bold.ttf", 700, false);
      font(builder, "LiberationSans-Italic.ttf", 400, true);
      builder.withHtmlContent(xhtml, baseUri);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, boolean italic) {
    builder.useFont(() -> PdfLayout.class.getResourceAsStream(FONTS + file), FONT_FAMILY, weight,
        italic ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
  }
}
