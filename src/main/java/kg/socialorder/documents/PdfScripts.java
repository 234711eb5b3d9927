package kg.socialorder.documents;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether a PDF can run anything when opened: JavaScript anywhere (an open action, a page's or
 * field's action, the document's JavaScript names), or a launch action that starts a program. PDFBox
 * reads every object, those inside compressed object streams too, and every dictionary reachable from
 * the trailer is walked.
 */
public final class PdfScripts {

  private static final COSName JS = COSName.getPDFName("JS");
  private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
  private static final COSName LAUNCH = COSName.getPDFName("Launch");

  /** What is wrong with the PDF, as a rule code; null when it is a plain document. */
  public static String refusal(byte[] content) {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      if (pdf.isEncrypted()) {
        return "pdfEncrypted";
      }
      Deque<COSBase> toVisit = new ArrayDeque<>();
      toVisit.push(pdf.getDocument().getTrailer());
      for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
        COSObject object = pdf.getDocument().getObjectFromPool(key);
        if (object != null) {
          toVisit.push(object);
        }
      }
      Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      while (!toVisit.isEmpty()) {
        COSBase next = toVisit.pop();
        if (next instanceof COSObject indirect) {
          next = indirect.getObject();
        }
        if (next == null || !seen.add(next)) {
          continue;
        }
        if (next instanceof COSDictionary dictionary) {
          if (dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)
              || JAVASCRIPT.equals(dictionary.getCOSName(COSName.S))) {
            return "pdfScript";
          }
          if (LAUNCH.equals(dictionary.getCOSName(COSName.S))) {
            return "pdfScript";
          }
          dictionary.getValues().forEach(toVisit::push);
        } else if (next instanceof COSArray array) {
          array.forEach(toVisit::push);
        }
      }
      return null;
    } catch (InvalidPasswordException locked) {
      return "pdfEncrypted";
    } catch (IOException | RuntimeException damaged) {
      return "pdfDamaged";
    }
  }

  private PdfScripts() {}
}
