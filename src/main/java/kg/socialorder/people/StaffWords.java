package kg.socialorder.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kg.socialorder.identity.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The words of a staff file as people write them (people/staff-words.tsv): the columns' headers and
 * the procedure's roles in Kyrgyz, Russian and English, and each role's own group name and id.
 */
@Component
public class StaffWords {

  /** The roles an import brings people into; contractors (NGOs) come through the results instead. */
  static final java.util.List<Role> IMPORTED = java.util.List.of(Role.COORDINATOR, Role.HEAD, Role.FINANCE,
      Role.COUNCIL, Role.COMMISSION, Role.MONITORING, Role.SUPERVISOR, Role.DESIGNER);

  /** The columns of a staff file. */
  enum Column { NAME, EMAIL, PHONE, MUNICIPALITY, ROLE }

  private final Map<String, Column> columns = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();

  public StaffWords() {
    for (Role role : IMPORTED) {
      roles.put(normal(role.groupId()), role);
      for (String half : role.groupName().split(" / ")) {
        roles.put(normal(half), role);
      }
    }
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new ClassPathResource("people/staff-words.tsv").getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        for (String word : cells[2].split(";")) {
          if (cells[0].equals("column")) {
            columns.put(normal(word), Column.valueOf(cells[1].toUpperCase(Locale.ROOT)));
          } else {
            roles.put(normal(word), IMPORTED.stream().filter(r -> r.groupId().equals(cells[1])).findFirst()
                .orElseThrow(() -> new IllegalStateException("No role " + cells[1])));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Column> column(String header) {
    return Optional.ofNullable(columns.get(normal(header)));
  }

  Optional<Role> role(String written) {
    return Optional.ofNullable(roles.get(normal(written)));
  }

  /** Lower case, ё as е, anything but letters and digits as one space. */
  static String normal(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е')
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
