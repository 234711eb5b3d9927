package kg.socialorder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.support.CaseRecordDatabase;
import org.junit.jupiter.api.Test;

/** A theme entering competition, without Spring and without the engine: its register entry and its event. */
class ThemeEntryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T04:00:00Z");
  private static final ApprovedTheme THEME = new ApprovedTheme(2, "P4", "Бала бакча жок", "Айылда бала бакча жок",
      "Балдар", new BigDecimal("450000.50"), 312);

  private final List<Object> events = new ArrayList<>();
  private final OrderRegister register = new OrderRegister(CaseRecordDatabase.migrated(), event -> {});
  private final ThemeEntry themes = new ThemeEntry(register, events::add, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aThemeIsRegisteredUnderItsKeyAndEntersCompetitionWithTheOrdersMunicipalityAndProgramme() {
    register.registerOrder("KARAKOL-2026-1", "karakol", 2026, "Балдар / Дети", new BigDecimal("900000"), NOW);

    String key = themes.enterCompetition("KARAKOL-2026-1", THEME);

    assertThat(key).isEqualTo("KARAKOL-2026-1-T2");
    assertThat(register.themes("KARAKOL-2026-1")).singleElement().satisfies(theme -> {
      assertThat(theme.themeKey()).isEqualTo(key);
      assertThat(theme.budget()).isEqualByComparingTo("450000.50");
      assertThat(theme.status()).isEqualTo(ThemeStatus.COMPETITION);
    });
    assertThat(events).containsExactly(new ThemeEnteredCompetition("karakol", "KARAKOL-2026-1", "Балдар / Дети",
        key, THEME, NOW));

    // a step run again keeps one entry; what listens publishes once by its own key
    themes.enterCompetition("KARAKOL-2026-1", THEME);
    assertThat(register.themes("KARAKOL-2026-1")).hasSize(1);
  }

  @Test
  void aThemeOfAnOrderNeverRegisteredIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> themes.enterCompetition("KARAKOL-2026-9", THEME))
        .hasMessageContaining("KARAKOL-2026-9");
    assertThat(register.themes("KARAKOL-2026-9")).isEmpty();
    assertThat(events).isEmpty();
  }
}
