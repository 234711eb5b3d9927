package kg.socialorder.dashboard;

import java.util.List;

/**
 * One page of a table of the dashboard whose rows grow with the municipalities and years (a national
 * supervisor's 480 municipalities): {@link #SIZE} rows, the page's number (from 1), how many pages and
 * rows there are. A page past the last shows the last.
 */
public record TablePage<T>(List<T> rows, int number, int pages, int total) {

  static final int SIZE = 50;

  static <T> TablePage<T> of(List<T> all, long requested) {
    int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
    int number = (int) Math.min(Math.max(1, requested), pages);
    int from = (number - 1) * SIZE;
    return new TablePage<>(List.copyOf(all.subList(from, Math.min(all.size(), from + SIZE))), number, pages,
        all.size());
  }
}
