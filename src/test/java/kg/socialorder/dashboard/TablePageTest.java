package kg.socialorder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page of a long table: fifty rows, the last page shorter, a page past the end the last one. */
class TablePageTest {

  private static final List<Integer> ROWS = IntStream.rangeClosed(1, 120).boxed().toList();

  @Test
  void theRowsAreCutIntoPagesOfFifty() {
    TablePage<Integer> first = TablePage.of(ROWS, 1);
    assertThat(first.rows()).hasSize(50).startsWith(1).endsWith(50);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.total()).isEqualTo(120);
    assertThat(TablePage.of(ROWS, 3).rows()).hasSize(20).startsWith(101).endsWith(120);
  }

  @Test
  void aPagePastTheLastShowsTheLastAndNoRowsAreOnePage() {
    assertThat(TablePage.of(ROWS, 9)).extracting(TablePage::number).isEqualTo(3);
    TablePage<Integer> empty = TablePage.of(List.of(), 1);
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.pages()).isEqualTo(1);
  }
}
