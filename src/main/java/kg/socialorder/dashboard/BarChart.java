package kg.socialorder.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.PublicFormat;

/**
 * A horizontal bar chart laid out for SVG: for each category its label, then one bar per series, the
 * value written after the bar. The layout is computed here and drawn by the Thymeleaf fragment
 * {@code dashboard/chart :: bars(chart)}, so the page needs no script and reads the same everywhere;
 * the table beneath each chart carries the same figures for screen readers and copying. The drawing
 * is {@value #WIDTH} units wide and scales to the page (a phone shows it at about its own size).
 */
public record BarChart(String label, int width, int height, List<Legend> legend, List<Text> texts, List<Bar> bars) {

  static final int WIDTH = 400;
  private static final int LINE = 18;
  private static final int BAR = 14;
  private static final int GAP = 3;
  private static final int VALUE_ROOM = 84;
  /** Characters of a category's label that fit in the drawing's width at its font size. */
  private static final int LABEL_FITS = 52;

  /** A series of the chart: its name in both languages and its colour class ({@code series-0} …). */
  public record Series(String name, String cssClass) {}

  /** A category and its values, one per series (null: none). */
  public record Category(String label, List<BigDecimal> values) {}

  public record Legend(int x, int y, String cssClass, String name) {}

  public record Text(int x, int y, String text, String cssClass) {}

  public record Bar(int x, int y, int width, int height, String cssClass, String title) {}

  /** Labels longer than fits on a phone are split after "Кыргызча /", the Russian on a line of its own. */
  static List<String> lines(String label) {
    int split = label.indexOf(" / ");
    if (label.length() <= LABEL_FITS || split < 0) {
      return List.of(label);
    }
    return List.of(label.substring(0, split + 2), label.substring(split + 3));
  }

  public static BarChart of(String label, List<Series> series, List<Category> categories) {
    List<Legend> legend = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    if (series.size() > 1) {
      for (Series one : series) {
        legend.add(new Legend(0, y + 2, one.cssClass(), one.name()));
        y += LINE;
      }
      y += GAP * 2;
    }
    BigDecimal max = categories.stream().flatMap(category -> category.values().stream())
        .filter(value -> value != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    int room = WIDTH - VALUE_ROOM;
    for (Category category : categories) {
      for (String line : lines(category.label())) {
        y += LINE - 4;
        texts.add(new Text(0, y, line, "category"));
        y += 4;
      }
      for (int i = 0; i < series.size(); i++) {
        BigDecimal value = i < category.values().size() ? category.values().get(i) : null;
        int length = value == null || max.signum() <= 0 ? 0
            : value.multiply(BigDecimal.valueOf(room)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        Series one = series.get(i);
        String shown = PublicFormat.number(value);
        bars.add(new Bar(0, y, Math.max(length, value == null || value.signum() == 0 ? 0 : 1), BAR, one.cssClass(),
            one.name() + ": " + shown));
        texts.add(new Text(length + 4, y + BAR - 3, shown, "value"));
        y += BAR + GAP;
      }
      y += GAP * 2;
    }
    return new BarChart(label, WIDTH, Math.max(y, LINE), legend, texts, bars);
  }
}
