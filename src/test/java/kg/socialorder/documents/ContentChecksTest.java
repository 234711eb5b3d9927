package kg.socialorder.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What a file is, read from its content; scripts in PDFs; a photo's place taken out; names. */
class ContentChecksTest {

  @Test
  void theTypeIsReadFromTheContentNotTheName() {
    assertThat(ContentTypes.allowed(SamplePapers.pdf("Устав"), "ustav.pdf")).isEqualTo(ContentTypes.PDF);
    assertThat(ContentTypes.allowed(SamplePapers.png(), "photo.png")).isEqualTo(ContentTypes.PNG);
    assertThat(ContentTypes.allowed(SamplePapers.jpegWithGps(), "photo.jpg")).isEqualTo(ContentTypes.JPEG);
    assertThat(ContentTypes.allowed(SamplePapers.docx(), "budget.docx")).isEqualTo(ContentTypes.DOCX);
    assertThat(ContentTypes.allowed(SamplePapers.xlsx(), "budget.xlsx")).isEqualTo(ContentTypes.XLSX);
    // a PDF named .png is a PDF
    assertThat(ContentTypes.allowed(SamplePapers.pdf("x"), "photo.png")).isEqualTo(ContentTypes.PDF);
    // a program, a web page, a script, a plain archive: refused whatever their name
    assertThat(ContentTypes.allowed(SamplePapers.windowsProgram(), "ustav.pdf")).isNull();
    assertThat(ContentTypes.detected(SamplePapers.windowsProgram())).startsWith("application/x-msdownload");
    assertThat(ContentTypes.allowed("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        "report.pdf")).isNull();
    assertThat(ContentTypes.allowed("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "a.docx")).isNull();
    assertThat(ContentTypes.allowed(zipWithout(), "budget.docx")).isNull();
  }

  @Test
  void aPdfThatRunsJavaScriptIsToldApartFromAPlainOne() {
    assertThat(PdfScripts.refusal(SamplePapers.pdf("Протокол"))).isNull();
    assertThat(PdfScripts.refusal(SamplePapers.pdfWithJavaScript())).isEqualTo("pdfScript");
    assertThat(PdfScripts.refusal("%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII))).isEqualTo("pdfDamaged");
  }

  @Test
  void aPublishedPhotoLosesItsPlaceButStaysThePicture() throws Exception {
    byte[] photo = SamplePapers.jpegWithGps();
    assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "GPS 42.4907N");

    byte[] stripped = ImageMetadata.stripped(photo, ContentTypes.JPEG);

    assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
    var image = ImageIO.read(new ByteArrayInputStream(stripped));
    assertThat(image.getWidth()).isEqualTo(64);
    assertThat(image.getHeight()).isEqualTo(48);
    // other content is left as it is
    byte[] pdf = SamplePapers.pdf("x");
    assertThat(ImageMetadata.stripped(pdf, ContentTypes.PDF)).isSameAs(pdf);
  }

  @Test
  void namesThatArePathsOrHideCharactersAreRefusedOthersKeptReadable() {
    assertThat(FileNames.refusal("../../etc/passwd.pdf")).contains("fileNamePath");
    assertThat(FileNames.refusal("..\\boot.ini")).contains("fileNamePath");
    assertThat(FileNames.refusal("C:report.pdf")).contains("fileNamePath");
    assertThat(FileNames.refusal("отчёт\u0000.pdf")).contains("fileNameControl");
    assertThat(FileNames.refusal("отчёт\u202Efdp.exe")).contains("fileNameControl");
    assertThat(FileNames.refusal("Устав КФ «Аймира».pdf")).isEmpty();
    assertThat(FileNames.sanitised("  Устав: \"2024\"?.pdf ")).isEqualTo("Устав_ _2024__.pdf");
    assertThat(FileNames.sanitised(".htaccess")).isEqualTo("_htaccess");
    assertThat(FileNames.sanitised("а".repeat(300) + ".pdf")).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    assertThat(FileNames.shown("a\u0007b.pdf")).isEqualTo("a\\u0007b.pdf");
  }

  private static byte[] zipWithout() {
    try (var out = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("virus.exe"));
      zip.write(SamplePapers.windowsProgram());
      zip.closeEntry();
      zip.finish();
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
