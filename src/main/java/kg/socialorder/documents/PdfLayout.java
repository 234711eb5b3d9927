package kg.socialorder.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Lays XHTML out as a PDF: the public report for the notice board, the signed contract and the
 * commission's protocol. The fonts come from OpenPDF's font package on the classpath, so the PDF
 * looks the same, Kyrgyz letters included, on every server.
 *
 * <p>The PDFs are tagged for accessibility (PDF/UA: structure, language and title, read by screen
 * readers). That also leaves out the renderer's built-in standard-14 fonts, which the pages never use:
 * with them, PDFBox scanned the machine's fonts and kept a dozen of them parsed in memory, some 10 MB
 * after the demo's papers were written.
 */
@Component
public class PdfLayout {

  public static final String FONT_FAMILY = "Liberation Sans";
  private static final String FONTS = "/liberation/";

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
