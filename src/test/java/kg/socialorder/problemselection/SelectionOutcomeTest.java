package kg.socialorder.problemselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.socialorder.problemselection.SelectionOutcome.ProblemOutcome;
import org.junit.jupiter.api.Test;

class SelectionOutcomeTest {

  private static final List<CandidateProblem> REGISTERED = List.of(
      new CandidateProblem("1", "Ичүүчү суу", "Суу түтүгү жок", "Үй-бүлөлөр", "residentMeeting"),
      new CandidateProblem("2", "Бала бакча", "Орун жетишсиз", "Балдар", "survey"),
      new CandidateProblem("3", "Көчө жарыгы", "Караңгы", "Баары", "council"));

  @Test
  void approvedRowsBecomeThemesNumberedInTheCouncilsOrderWithTheirKeys() {
    SelectionOutcome outcome = outcome(List.of(
        new CandidateTheme("2", "Бала бакча", 290, 1, true, "Балдар", new BigDecimal("300000.10")),
        new CandidateTheme("1", "Ичүүчү суу", 150, 2, false, null, null),
        new CandidateTheme("3", "Көчө жарыгы", 63, 3, true, "Баары", new BigDecimal("199999.90"))));

    assertThat(outcome.approvedThemes()).extracting(ApprovedTheme::themeNumber, ApprovedTheme::problem,
            ApprovedTheme::votes)
        .containsExactly(tuple(1, "Бала бакча", 290L),
            tuple(2, "Көчө жарыгы", 63L));
    assertThat(outcome.approvedThemes().get(0).description()).isEqualTo("Орун жетишсиз");
    assertThat(outcome.problems()).extracting(ProblemOutcome::themeKey)
        .containsExactly("KARAKOL-2026-1-T1", null, "KARAKOL-2026-1-T2");
    // exact money: 300000.10 + 199999.90 is 500000.00, not 500000.00000000006
    assertThat(outcome.approvedBudgetTotal()).isEqualByComparingTo("500000");
  }

  @Test
  void aProblemTheCouncilsFormLeftOutKeepsItsVotesAndRankUnapproved() {
    SelectionOutcome outcome = outcome(List.of(
        new CandidateTheme("2", "Бала бакча", 290, 1, true, "Балдар", new BigDecimal("100000"))));

    assertThat(outcome.problems()).hasSize(3);
    ProblemOutcome water = outcome.problems().stream().filter(p -> p.problemId().equals("1")).findFirst().orElseThrow();
    assertThat(water.votes()).isEqualTo(150);
    assertThat(water.rank()).isEqualTo(2);
    assertThat(water.approved()).isFalse();
    assertThat(water.budget()).isNull();
  }

  @Test
  void anUnapprovedRowKeepsNoBudgetOrTargetGroupEvenIfTheFormSentOne() {
    SelectionOutcome outcome = outcome(List.of(
        new CandidateTheme("1", "Ичүүчү суу", 150, 1, false, "Үй-бүлөлөр", new BigDecimal("5"))));

    assertThat(outcome.problems().get(0).budget()).isNull();
    assertThat(outcome.problems().get(0).targetGroup()).isNull();
    assertThat(outcome.approvedBudgetTotal()).isEqualByComparingTo("0");
  }

  @Test
  void themeKeysAreTheOrdersKeyAndTheNumber() {
    assertThat(ApprovedTheme.key("KARAKOL-2019-1", 2)).isEqualTo("KARAKOL-2019-1-T2");
    assertThat(ApprovedTheme.MAX_NUMBER).isEqualTo(CandidateProblem.MAX_PROBLEMS);
  }

  private static SelectionOutcome outcome(List<CandidateTheme> council) {
    return SelectionOutcome.of("KARAKOL-2026-1", "karakol", "Программа", 2026, new BigDecimal("500000"), "ballot",
        503, 290L, "approve", "12/3", LocalDate.parse("2026-03-02"), REGISTERED,
        List.of(new VoteCount("1", "Ичүүчү суу", 150L), new VoteCount("2", "Бала бакча", 290L),
            new VoteCount("3", "Көчө жарыгы", 63L)),
        List.of(new RankedProblem(1, "2", "Бала бакча", 290, "Балдар"), new RankedProblem(2, "1", "Ичүүчү суу", 150, "Үй"),
            new RankedProblem(3, "3", "Көчө жарыгы", 63, "Баары")),
        council);
  }
}
