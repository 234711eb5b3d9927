package kg.socialorder.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What a file is, read from its content by Apache Tika's magic numbers and never from its name: PDF,
 * JPEG and PNG images, Word and Excel documents (.docx, .xlsx, and the older .doc, .xls), and
 * OpenDocument texts and spreadsheets are taken; anything else (a program, an archive, a script, a
 * web page) is not. The older Office formats share one container, which tells only that it is an
 * Office file: there the name's extension says which. An Office Open XML file must hold a Word or
 * Excel part and no macros.
 */
public final class ContentTypes {

  public static final String PDF = "application/pdf";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  public static final String DOC = "application/msword";
  public static final String XLS = "application/vnd.ms-excel";

  /** The types a person may open in the browser itself: nothing in them runs. */
  public static final Set<String> SAFE_INLINE = Set.of(PDF, JPEG, PNG);

  private static final Set<String> TAKEN_AS_IS = Set.of(PDF, JPEG, PNG, ODT, ODS);
  private static final Map<String, String> OLE2_BY_EXTENSION = Map.of("doc", DOC, "xls", XLS);
  private static final Tika TIKA = new Tika();

  private ContentTypes() {}

  /** What the content is, as Tika reads it from the bytes alone. */
  public static String detected(byte[] content) {
    try {
      return TIKA.detect(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The media type the file is kept and served as, when it is one of the kinds taken; null
   * otherwise.
   */
  public static String allowed(byte[] content, String fileName) {
    String detected = detected(content);
    if (TAKEN_AS_IS.contains(detected)) {
      return detected;
    }
    if ("application/x-tika-msoffice".equals(detected)) {
      return OLE2_BY_EXTENSION.get(extension(fileName));
    }
    if ("application/x-tika-ooxml".equals(detected) || "application/zip".equals(detected)) {
      return officeOpenXml(content);
    }
    return null;
  }

  /** Word or Excel by the parts the package holds; null for any other archive, or one with macros. */
  private static String officeOpenXml(byte[] content) {
    Set<String> parts = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null && parts.size() < 10_000; entry = zip.getNextEntry()) {
        parts.add(entry.getName());
      }
    } catch (IOException | IllegalArgumentException damaged) {
      return null;
    }
    if (!parts.contains("[Content_Types].xml") || parts.stream().anyMatch(p -> p.endsWith("vbaProject.bin"))) {
      return null;
    }
    if (parts.contains("word/document.xml")) {
      return DOCX;
    }
    if (parts.contains("xl/workbook.xml")) {
      return XLSX;
    }
    return null;
  }

  /** The extension for the type, for a name that has none that fits. */
  public static String extensionOf(String mediaType) {
    return switch (mediaType) {
      case PDF -> "pdf";
      case JPEG -> "jpg";
      case PNG -> "png";
      case DOCX -> "docx";
      case XLSX -> "xlsx";
      case ODT -> "odt";
      case ODS -> "ods";
      case DOC -> "doc";
      case XLS -> "xls";
      default -> "bin";
    };
  }

  static String extension(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
