package kg.socialorder.procedure;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.socialorder.engine.MoneyVariable;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the forms of a theme's final report submit, built from what their people decide: the
 * contractor's report, the group's evaluation, the refund, the public hearing and the closing.
 */
public final class FinalReportForms {

  /** A question residents asked at the hearing, and the answer they got. */
  public record Question(String question, String answer) {}

  private FinalReportForms() {}

  /**
   * SubmitFinalReport: the results, what each indicator reached (in the order of the lines the form
   * lays out) and the money spent.
   */
  public static VariableMap finalReport(String results, List<?> laidOutResults, List<? extends Number> reached,
      BigDecimal spent) {
    return Variables.createVariables()
        .putValue("results", results)
        .putValue("indicatorResults", json(LaidOutRows.filled(laidOutResults, "reached", reached)))
        .putValue("totalSpent", MoneyVariable.of(spent));
  }

  /** FinalEvaluation: the monitoring group's rating, conclusions and recommendations. */
  public static VariableMap evaluation(String rating, String conclusions, String recommendations) {
    return Variables.createVariables().putValue("finalRating", rating)
        .putValue("conclusions", conclusions).putValue("recommendations", recommendations);
  }

  /** RecordRefund: what the contractor paid back, when, under which payment reference. */
  public static VariableMap refund(BigDecimal amount, LocalDate date, String reference) {
    return Variables.createVariables().putValue("refundAmount", MoneyVariable.of(amount))
        .putValue("refundDate", date.toString()).putValue("refundReference", reference);
  }

  /** RecordPublicHearing: how, when and where the results were heard, by how many, and what was asked. */
  public static VariableMap hearing(String format, LocalDate date, String place, long attendance, String minutes,
      List<Question> questions) {
    return Variables.createVariables()
        .putValue("hearingFormat", format)
        .putValue("hearingDate", date.toString())
        .putValue("hearingPlace", place)
        .putValue("hearingAttendance", attendance)
        .putValue("hearingMinutes", minutes)
        .putValue("hearingQuestions", json(questions));
  }

  /** CloseSocialOrder: the head confirms the closing; {@code note} may be left out ({@code null}). */
  public static VariableMap closing(String note) {
    VariableMap closing = Variables.createVariables().putValue("closingConfirmed", true);
    if (note != null) {
      closing.putValue("closingNote", note);
    }
    return closing;
  }
}
