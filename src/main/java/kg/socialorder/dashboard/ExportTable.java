package kg.socialorder.dashboard;

import java.util.List;

/**
 * A table to download: its columns, named in Kyrgyz and Russian and typed, and its rows (a value per
 * column: String, Long/Integer, BigDecimal money or LocalDate; null for none).
 */
public record ExportTable(String name, List<Column> columns, List<Object[]> rows) {

  public enum Type { TEXT, WHOLE, MONEY, DECIMAL, DATE }

  public record Column(String ky, String ru, Type type) {

    public String heading() {
      return ky + " / " + ru;
    }
  }

  public static Column text(String ky, String ru) {
    return new Column(ky, ru, Type.TEXT);
  }

  public static Column whole(String ky, String ru) {
    return new Column(ky, ru, Type.WHOLE);
  }

  public static Column money(String ky, String ru) {
    return new Column(ky, ru, Type.MONEY);
  }

  public static Column decimal(String ky, String ru) {
    return new Column(ky, ru, Type.DECIMAL);
  }

  public static Column date(String ky, String ru) {
    return new Column(ky, ru, Type.DATE);
  }
}
