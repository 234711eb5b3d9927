package kg.socialorder.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Files as people send them, made here: real PDFs, images, Office files, and hostile ones. */
public final class SamplePapers {

  private SamplePapers() {}

  /** A one-page PDF with a line of text. */
  public static byte[] pdf(String text) {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        // the standard font has no Cyrillic: the sample says what it is in Latin letters
        content.showText(text.replaceAll("[^\\x20-\\x7E]", "?"));
        content.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that runs JavaScript when opened. */
  public static byte[] pdfWithJavaScript() {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.addPage(new PDPage());
      pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small PNG photo. */
  public static byte[] png() {
    return image("png");
  }

  /** A JPEG photo as a phone takes it: with an EXIF segment holding a GPS position. */
  public static byte[] jpegWithGps() {
    byte[] plain = image("jpg");
    // APP1 "Exif\0\0" with a TIFF header and a GPS tag (0x8825); enough for any reader to find it
    byte[] exif = ("Exif\0\0MM\0*\0\0\0\bGPS 42.4907N 78.3936E Karakol").getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write((exif.length + 2) >> 8);
    out.write((exif.length + 2) & 0xFF);
    out.writeBytes(exif);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** A Word document (Office Open XML). */
  public static byte[] docx() {
    return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
  }

  /** An Excel workbook (Office Open XML). */
  public static byte[] xlsx() {
    return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
  }

  /** A Windows program: what a renamed .exe holds. */
  public static byte[] windowsProgram() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4E, stub.length);
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 110, 160));
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.WHITE);
    g.fillOval(16, 8, 32, 32);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String... namesAndContents) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
