package kg.socialorder.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link ExportTable} as CSV (Apache Commons CSV: UTF-8 with a byte order mark so that
 * spreadsheet programs read the Kyrgyz letters, a header line "Кыргызча / Русский", numbers with a
 * decimal point, dates as ISO yyyy-MM-dd) or as XLSX (FastExcel: numbers and dates as typed cells,
 * money with two decimals, dates dd.mm.yyyy, the header frozen).
 */
@Component
public class ExportWriter {

  static final String CSV_TYPE = "text/csv;charset=UTF-8";
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  public void csv(ExportTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BYTE_ORDER_MARK);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(table.columns().stream().map(ExportTable.Column::heading).toArray(String[]::new))
        .setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (Object[] row : table.rows()) {
        List<Object> values = new ArrayList<>(row.length);
        for (Object value : row) {
          values.add(value instanceof BigDecimal number ? number.toPlainString() : value);
        }
        printer.printRecord(values);
      }
    }
  }

  public void xlsx(ExportTable table, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "social-order", "1.0");
    Worksheet sheet = workbook.newWorksheet(table.name());
    List<ExportTable.Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).heading());
      sheet.style(0, c).bold().wrapText(true).set();
      sheet.width(c, width(columns.get(c)));
    }
    sheet.freezePane(0, 1);
    int r = 1;
    for (Object[] row : table.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        Object value = row[c];
        if (value == null) {
          continue;
        }
        switch (columns.get(c).type()) {
          case MONEY -> {
            sheet.value(r, c, (BigDecimal) value);
            sheet.style(r, c).format("#,##0.00").set();
          }
          case DECIMAL -> sheet.value(r, c, (BigDecimal) value);
          case WHOLE -> sheet.value(r, c, ((Number) value).longValue());
          case DATE -> {
            sheet.value(r, c, (LocalDate) value);
            sheet.style(r, c).format("dd.mm.yyyy").set();
          }
          case TEXT -> sheet.value(r, c, value.toString());
        }
      }
      r++;
    }
    workbook.finish();
  }

  private static double width(ExportTable.Column column) {
    return switch (column.type()) {
      case TEXT -> 32;
      case MONEY, DECIMAL -> 16;
      case DATE -> 12;
      case WHOLE -> 10;
    };
  }
}
