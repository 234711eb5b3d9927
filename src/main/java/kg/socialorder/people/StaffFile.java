package kg.socialorder.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.socialorder.engine.RefusedInputException;
import kg.socialorder.people.StaffWords.Column;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;

/**
 * Reads a staff file as people save it: CSV from a spreadsheet (comma or semicolon, UTF-8 with or
 * without its mark, or Windows-1251 as Excel writes Cyrillic) or XLSX (its first sheet). The first
 * row names the columns in any of the three languages, in any order; empty rows are skipped. A file
 * it cannot read is refused naming the field {@code file}, in Kyrgyz and Russian.
 */
@Component
class StaffFile {

  static final String FIELD = "file";
  private static final int MAX_CELL = 500;

  private final StaffWords words;

  StaffFile(StaffWords words) {
    this.words = words;
  }

  /** A row as written, numbered as the spreadsheet numbers it (the header is row 1). */
  record Line(int number, String name, String email, String phone, String municipality, String role) {}

  List<Line> read(String fileName, byte[] bytes, int maxRows) {
    if (bytes == null || bytes.length == 0) {
      throw refused("Файл тандалган жок же бош.", "Файл не выбран или пуст.");
    }
    List<List<String>> rows = isXlsx(fileName, bytes) ? xlsx(bytes) : csv(bytes);
    int header = 0;
    while (header < rows.size() && rows.get(header).stream().allMatch(String::isBlank)) {
      header++;
    }
    if (header == rows.size()) {
      throw refused("Файлда бир да сап жок.", "В файле нет ни одной строки.");
    }
    Map<Column, Integer> at = new EnumMap<>(Column.class);
    List<String> titles = rows.get(header);
    for (int i = 0; i < titles.size(); i++) {
      int index = i;
      words.column(titles.get(i)).ifPresent(column -> at.putIfAbsent(column, index));
    }
    List<String> missing = new ArrayList<>();
    for (Column column : List.of(Column.NAME, Column.EMAIL, Column.MUNICIPALITY, Column.ROLE)) {
      if (!at.containsKey(column)) {
        missing.add(column.name().toLowerCase(Locale.ROOT));
      }
    }
    if (!missing.isEmpty()) {
      throw refused("Биринчи сапта мамычалардын аттары жок: " + String.join(", ", missing)
              + ". Керектүүлөр: аты-жөнү, электрондук почта, телефон, муниципалитет, ролу.",
          "В первой строке нет названий столбцов: " + String.join(", ", missing)
              + ". Нужны: ФИО, электронная почта, телефон, муниципалитет, роль.");
    }
    List<Line> lines = new ArrayList<>();
    for (int r = header + 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (lines.size() == maxRows) {
        throw refused("Файлда " + maxRows + " саптан ашык: аны бөлүп жүктөңүз.",
            "В файле больше " + maxRows + " строк: загрузите его частями.");
      }
      lines.add(new Line(r + 1, cell(row, at.get(Column.NAME)), cell(row, at.get(Column.EMAIL)),
          cell(row, at.get(Column.PHONE)), cell(row, at.get(Column.MUNICIPALITY)), cell(row, at.get(Column.ROLE))));
    }
    if (lines.isEmpty()) {
      throw refused("Файлда мамычалардын аттарынан башка сап жок.", "В файле нет строк, кроме названий столбцов.");
    }
    return lines;
  }

  private static String cell(List<String> row, Integer index) {
    if (index == null || index >= row.size()) {
      return "";
    }
    String value = row.get(index).strip();
    return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value;
  }

  private static boolean isXlsx(String fileName, byte[] bytes) {
    // an XLSX is a ZIP archive: PK\3\4
    return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
        || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static List<List<String>> xlsx(byte[] bytes) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getFirstSheet();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet.read()) {
        while (rows.size() < row.getRowNum() - 1) {
          rows.add(List.of());
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
          cells.add(row.getCellText(i) == null ? "" : row.getCellText(i));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw refused("XLSX файлы окулган жок: Excel'де ачып, кайра сактап көрүңүз.",
          "Файл XLSX не читается: откройте его в Excel и сохраните заново.");
    }
  }

  private static List<List<String>> csv(byte[] bytes) {
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String first = text.lines().findFirst().orElse("");
    char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw refused("CSV файлы окулган жок (тырмакчалар жабылбай калган болушу мүмкүн).",
          "Файл CSV не читается (возможно, не закрыта кавычка).");
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1251 (Excel's Cyrillic CSV). */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1251"));
    }
  }

  private static long count(String line, char c) {
    return line.chars().filter(ch -> ch == c).count();
  }

  private static RefusedInputException refused(String ky, String ru) {
    return new RefusedInputException(FIELD, "Файл: " + ky + " / Файл: " + ru);
  }
}
