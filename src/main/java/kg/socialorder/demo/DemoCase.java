package kg.socialorder.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.socialorder.identity.DemoUsers;
import kg.socialorder.procedure.CompetitionForms;
import kg.socialorder.procedure.CompetitionForms.BudgetLine;
import kg.socialorder.procedure.CompetitionForms.Call;
import kg.socialorder.procedure.ContractForms.Indicator;
import kg.socialorder.procedure.ContractForms.Member;
import kg.socialorder.procedure.SelectionForms;

/**
 * One real case ({@link RealCases}) as what its people entered: the order, the residents' choice, and per
 * approved theme the call, the NGO's application, the contract with its tranches and monitoring
 * group, and the final report; and the stage where the case stands today. Figures the press does not
 * give are chosen to be plausible and consistent (contract ≤ ceiling ≤ theme budget ≤ envelope).
 *
 * @param start the day the coordinator announces the selection; every later step is a fixed number
 *     of days after it (see {@link CaseLoader})
 */
record DemoCase(String municipality, String programmeName, int year, LocalDate start, BigDecimal envelope,
    List<Problem> problems, long participants, long women, List<Theme> themes, Stage stage) {

  /** Where a case stands when loading stops; each stage includes everything before it. */
  enum Stage {
    /** Calls published and open, applications received. */
    COMPETITION,
    /** First tranche paid, the contractor's report pending. */
    FIRST_TRANCHE_PAID,
    /** First tranche accepted, the second awaiting finance. */
    FIRST_TRANCHE_ACCEPTED,
    /** Final report evaluated, the coordinator to record the public accountability event. */
    PUBLIC_HEARING,
    /** Public report published, order closed. */
    CLOSED
  }

  /** A candidate problem as residents named it, with the votes it got. */
  record Problem(String title, String description, String affectedGroup, String source, long votes) {

    SelectionForms.Problem named() {
      return new SelectionForms.Problem(title, description, affectedGroup, source);
    }
  }

  /** An approved theme and its way through competition, contract and report; later parts may be null. */
  record Theme(String problemTitle, String targetGroup, BigDecimal budget, Call call, Applicant applicant,
      Contract contract, FinalReport finalReport) {}

  /** The NGO, its demo login and its application as typed on the portal. */
  record Applicant(String userId, String organisationName, String legalForm, String taxNumber,
      LocalDate registrationDate, String projectTitle, String summary, String workPlan, List<Expense> budget) {

    /**
     * The application as typed, with the contact fields every demo NGO gives alike but its address:
     * its demo login's, so that the published results find the NGO's login (people/WinnerInvitations)
     * rather than make one.
     */
    CompetitionForms.Applicant asTyped() {
      return new CompetitionForms.Applicant(organisationName, legalForm, taxNumber, registrationDate,
          "Уюмдун жетекчиси / Руководитель организации", "+996 000 000 000", userId + "@" + DemoUsers.MAIL_DOMAIN, projectTitle,
          summary, workPlan, budget.stream().map(line -> new BudgetLine(line.item(), line.amount())).toList());
    }
  }

  record Contract(String number, BigDecimal amount, List<Indicator> indicators, List<Tranche> tranches,
      List<Member> monitoringGroup) {}

  /** A tranche as planned, and as the contractor and the monitoring group reported it. */
  record Tranche(BigDecimal amount, String deliverables, String activities, List<Long> reached,
      List<Expense> expenses, String findings) {}

  record Expense(String item, BigDecimal amount) {}

  record FinalReport(String results, List<Long> reached, BigDecimal spent, String rating, String conclusions,
      String recommendations, Hearing hearing) {}

  record Hearing(String format, String place, long attendance, String minutes, String question, String answer) {}
}
