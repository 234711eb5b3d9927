package kg.socialorder.portal;

import kg.socialorder.documents.PdfLayout;
import org.springframework.stereotype.Component;

/** Lays the printable report out as a PDF for the notice board ({@link PdfLayout}). */
@Component
public class ReportPdf {

  static final String FONT_FAMILY = PdfLayout.FONT_FAMILY;

  private final PdfLayout layout;

  public ReportPdf(PdfLayout layout) {
    this.layout = layout;
  }

  public byte[] render(String xhtml, String baseUri) {
    return layout.render(xhtml, baseUri);
  }
}
