package kg.socialorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class PublicFormatTest {

  @Test
  void anIsoDayOrMomentReadsAsTheDayPeopleWrite() {
    assertThat(PublicFormat.day("2026-11-07")).isEqualTo("07.11.2026");
    assertThat(PublicFormat.day("2026-11-07T23:30:00")).isEqualTo("07.11.2026");
    assertThat(PublicFormat.day("2026-11-07T23:30:00+06:00")).isEqualTo("07.11.2026");
    assertThat(PublicFormat.day((String) null)).isEqualTo("—");
    assertThat(PublicFormat.day(" ")).isEqualTo("—");
  }

  @Test
  void aDayTheCalendarDoesNotHaveIsRefusedNotCutToShape() {
    assertThatThrownBy(() -> PublicFormat.day("2026-02-31")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> PublicFormat.day("2026-11-07 junk")).isInstanceOf(DateTimeParseException.class);
  }
}
