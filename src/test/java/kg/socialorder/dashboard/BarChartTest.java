package kg.socialorder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kg.socialorder.dashboard.BarChart.Category;
import kg.socialorder.dashboard.BarChart.Series;
import org.junit.jupiter.api.Test;

class BarChartTest {

  private static final List<Series> TWO = List.of(new Series("Пландалган / Запланировано", "series-0"),
      new Series("Төлөнгөн / Выплачено", "series-2"));

  @Test
  void theLongestBarFillsTheRoomAndTheOthersAreInProportion() {
    BarChart chart = BarChart.of("chart", TWO, List.of(
        new Category("A", List.of(new BigDecimal("800000"), new BigDecimal("400000"))),
        new Category("B", List.of(new BigDecimal("200000"), BigDecimal.ZERO))));

    assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(316, 158, 79, 0);
    assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(chart.width()));
    assertThat(chart.legend()).extracting(BarChart.Legend::name).containsExactly("Пландалган / Запланировано",
        "Төлөнгөн / Выплачено");
    // bars never overlap: each starts below the one before
    for (int i = 1; i < chart.bars().size(); i++) {
      assertThat(chart.bars().get(i).y()).isGreaterThanOrEqualTo(chart.bars().get(i - 1).y() + chart.bars().get(i - 1).height());
    }
    assertThat(chart.height()).isGreaterThan(chart.bars().get(3).y());
    assertThat(chart.texts()).extracting(BarChart.Text::text).contains("800\u00a0000", "0");
  }

  @Test
  void aValueMissingOrAllZeroDrawsNoBar() {
    BarChart chart = BarChart.of("chart", TWO, List.of(new Category("A", java.util.Arrays.asList(BigDecimal.ZERO, null))));
    assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(0, 0);
    assertThat(chart.texts()).extracting(BarChart.Text::text).contains("0", "—");
  }

  @Test
  void aLongLabelPutsItsRussianOnALineOfItsOwn() {
    assertThat(BarChart.lines("Каныш-Кыя айылдык аймагы (Чаткал) / Каныш-Кийский айылный аймак (Чаткал)"))
        .containsExactly("Каныш-Кыя айылдык аймагы (Чаткал) /", "Каныш-Кийский айылный аймак (Чаткал)");
    assertThat(BarChart.lines("2026")).containsExactly("2026");
  }
}
