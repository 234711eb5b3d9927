package kg.socialorder.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import kg.socialorder.demo.DemoCase.Stage;
import kg.socialorder.documents.DocumentKind;
import kg.socialorder.documents.Documents;
import kg.socialorder.documents.Paper;
import kg.socialorder.documents.PdfLayout;
import kg.socialorder.documents.Placement;
import kg.socialorder.documents.Upload;
import kg.socialorder.order.OrderRegister;
import kg.socialorder.order.OrderRegister.Theme;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The papers a real case has at its stage, small and generated: the call's terms from the start, the
 * payment order once a tranche is paid, the contractor's report, a monitoring photo and the group's
 * conclusion once it is accepted, the final report at the hearing, the hearing's minutes and
 * attendance list once closed. The protocol and the signed contract the procedure writes itself
 * (documents/GeneratedPapers). Added in the case's own transaction, as the people whose step it is.
 */
@Component
class DemoPapers {

  private final Documents documents;
  private final OrderRegister orders;
  private final PdfLayout pdf;

  DemoPapers(Documents documents, OrderRegister orders, PdfLayout pdf) {
    this.documents = documents;
    this.orders = orders;
    this.pdf = pdf;
  }

  void attach(DemoCase c, String orderKey) {
    String m = c.municipality();
    for (Theme theme : orders.themes(orderKey)) {
      if (theme.themeKey() == null) {
        continue;
      }
      add(m, theme, "PrepareCall", m + ".coordinator", DocumentKind.TERMS_OF_REFERENCE, null,
          "Сынактын шарттары / Условия конкурса", "shartlar.pdf",
          paper("Сынактын шарттары / Условия конкурса", theme, List.of(
              "Көйгөй / Проблема: " + theme.problem(),
              "Максаттуу топ / Целевая группа: " + theme.targetGroup(),
              "Табыштамалар порталда кабыл алынат / Заявки принимаются на портале")));
      if (c.stage() == Stage.COMPETITION) {
        continue;
      }
      add(m, theme, "ApprovePaymentOrder", m + ".finance", DocumentKind.PAYMENT_ORDER, 1,
          "Төлөм тапшырмасы, 1-транш / Платёжное поручение, транш 1", "tolom-1.pdf",
          paper("Төлөм тапшырмасы / Платёжное поручение", theme, List.of("1-транш / Транш 1")));
      if (c.stage() == Stage.FIRST_TRANCHE_PAID) {
        continue;
      }
      add(m, theme, "SubmitTrancheReport", null, DocumentKind.TRANCHE_REPORT, 1,
          "Аткаруучунун отчету, 1-транш / Отчёт исполнителя, транш 1", "otchet-1.pdf",
          paper("Транш боюнча отчет / Отчёт по траншу", theme, List.of(
              "Иш-чаралар аткарылды / Мероприятия выполнены", "Чыгашалар актылар жана чектер менен тастыкталды / "
                  + "Расходы подтверждены актами и чеками")));
      add(m, theme, "RecordMonitoringVisit", m + ".monitor1", DocumentKind.MONITORING_PHOTO, 1,
          "Мониторингдин сүрөтү / Фотография мониторинга", "monitoring-1.png", photo(theme));
      add(m, theme, "RecordMonitoringVisit", m + ".monitor1", DocumentKind.MONITORING_CONCLUSION, 1,
          "Мониторингдин корутундусу, 1-транш / Заключение мониторинга, транш 1", "korutundu-1.pdf",
          paper("Мониторингдин корутундусу / Заключение мониторинга", theme, List.of(
              "Баа: жакшы / Оценка: хорошо", "Чыгашалар тастыкталды / Расходы подтверждены")));
      if (c.stage() == Stage.FIRST_TRANCHE_ACCEPTED) {
        continue;
      }
      add(m, theme, "SubmitFinalReport", null, DocumentKind.FINAL_REPORT, null,
          "Жыйынтыктоочу отчет / Итоговый отчёт", "jyiyntyk.pdf",
          paper("Жыйынтыктоочу отчет / Итоговый отчёт", theme, List.of("Долбоордун натыйжалары / Результаты проекта")));
      if (c.stage() == Stage.PUBLIC_HEARING) {
        continue;
      }
      add(m, theme, "RecordPublicHearing", m + ".coordinator", DocumentKind.HEARING_MINUTES, null,
          "Коомдук угуунун протоколу / Протокол общественных слушаний", "ugu-protokol.pdf",
          paper("Коомдук угуунун протоколу / Протокол общественных слушаний", theme, List.of(
              "Отчет тургундарга көрсөтүлдү / Отчёт представлен жителям")));
      add(m, theme, "RecordPublicHearing", m + ".coordinator", DocumentKind.ATTENDANCE_LIST, null,
          "Катышуучулардын тизмеси / Список участников", "katyshuuchular.pdf",
          paper("Катышуучулардын тизмеси / Список участников", theme, List.of("1. …", "2. …", "3. …")));
    }
  }

  private void add(String municipality, Theme theme, String step, String by, DocumentKind kind, Integer tranche,
      String title, String fileName, byte[] content) {
    documents.attach(List.of(new Paper(kind, title, tranche, true, null, Upload.of(fileName, content))),
        Placement.ofCase(municipality, theme.themeKey(), step, by));
  }

  private byte[] paper(String title, Theme theme, List<String> lines) {
    List<String> body = new ArrayList<>();
    body.add("<h1>" + esc(title) + "</h1>");
    body.add("<p style=\"color:#555\">" + esc(theme.themeKey()) + "</p>");
    lines.forEach(line -> body.add("<p>" + esc(line) + "</p>"));
    return pdf.render(PdfLayout.head(title, theme.themeKey(), "body{font-size:11pt}h1{font-size:15pt}")
        + "<body>" + String.join("", body) + "</body></html>", null);
  }

  /** A small picture standing for the visit's photo. */
  private static byte[] photo(Theme theme) {
    BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(200, 225, 240));
    g.fillRect(0, 0, 480, 320);
    g.setColor(new Color(120, 170, 90));
    g.fillRect(0, 230, 480, 90);
    g.setColor(new Color(230, 200, 150));
    g.fillRect(150, 120, 180, 120);
    g.setColor(new Color(170, 60, 50));
    g.fillPolygon(new int[] {130, 240, 350}, new int[] {125, 60, 125}, 3);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString(theme.themeKey(), 12, 24);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
