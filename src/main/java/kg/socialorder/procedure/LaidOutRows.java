package kg.socialorder.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The lines a form lays out for its user to fill (an indicator per line, an application per line of a
 * scoring sheet), each kept as it was laid out and given the user's value in one field: what the form
 * submits for such a list.
 */
final class LaidOutRows {

  private LaidOutRows() {}

  /** Each line as laid out, with {@code field} set to {@code value(index, line)}. */
  static List<Map<String, Object>> filled(List<?> laidOut, String field,
      BiFunction<Integer, Map<String, Object>, Object> value) {
    List<Map<String, Object>> filled = new ArrayList<>();
    for (int i = 0; i < laidOut.size(); i++) {
      Map<String, Object> line = new LinkedHashMap<>(line(laidOut.get(i)));
      line.put(field, value.apply(i, line));
      filled.add(line);
    }
    return filled;
  }

  /** Each line as laid out, with {@code field} set to the value of the same position in {@code values}. */
  static List<Map<String, Object>> filled(List<?> laidOut, String field, List<?> values) {
    return filled(laidOut, field, (i, line) -> values.get(i));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> line(Object row) {
    return (Map<String, Object>) row;
  }
}
