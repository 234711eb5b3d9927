package kg.socialorder.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ValidationMessagesTest {

  @Test
  void everyMessageExistsInKyrgyzAndRussian() throws IOException {
    Resource[] kyrgyz = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_ky.properties");
    assertThat(kyrgyz).isNotEmpty();
    for (Resource ky : kyrgyz) {
      Resource ru = ky.createRelative(ky.getFilename().replace("_ky.", "_ru."));
      assertThat(ru.exists()).as(ru.getFilename()).isTrue();
      assertThat(load(ru).stringPropertyNames()).as(ru.getFilename())
          .containsExactlyInAnyOrderElementsOf(load(ky).stringPropertyNames());
    }
  }

  @Test
  void aRowOfAListIsNamedByListRowAndField() throws IOException {
    ValidationMessages messages = new ValidationMessages();

    String text = messages.describe(List.of(new Violation("problems[3].title", "required")));

    assertThat(text).isEqualTo("«Артыкчылыктуу көйгөйлөр, 3-сап: Көйгөйдүн аталышы» талаасы: толтуруу милдеттүү"
        + " / Поле «Приоритетные проблемы, строка 3: Название проблемы»: обязательно для заполнения");
  }

  @Test
  void allViolationsOfASubmissionAreReportedTogether() throws IOException {
    InputCheck check = new ValidationMessages().check();
    check.text("programmeName", "\u0007bell", true);
    check.amount("budgetEnvelope", "12.345", true);
    check.wholeNumber("year", 2026.5, true, 2000, 2100);
    check.amount("budgetEnvelope", 1e12, true);

    InvalidInputException rejected = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, check::throwIfInvalid);

    assertThat(rejected.fields()).containsExactly("programmeName", "budgetEnvelope", "year", "budgetEnvelope");
    assertThat(rejected.getMessage()).contains("башкаруучу белгилер", "тыйыны эки белгиден", "бүтүн сан",
        "сумма слишком велика");
  }

  private static Properties load(Resource resource) throws IOException {
    Properties properties = new Properties();
    try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
