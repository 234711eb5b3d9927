package kg.socialorder.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionVariables;
import kg.socialorder.contract.MonitoringMember;
import kg.socialorder.demo.DemoCase.Contract;
import kg.socialorder.demo.DemoCase.FinalReport;
import kg.socialorder.demo.DemoCase.Problem;
import kg.socialorder.demo.DemoCase.Stage;
import kg.socialorder.demo.DemoCase.Theme;
import kg.socialorder.demo.DemoCase.Tranche;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.problemselection.ApprovedTheme;
import kg.socialorder.procedure.CompetitionForms;
import kg.socialorder.procedure.ContractForms;
import kg.socialorder.procedure.ContractForms.PlannedTranche;
import kg.socialorder.procedure.FinalReportForms;
import kg.socialorder.procedure.FinalReportForms.Question;
import kg.socialorder.procedure.OrderForms;
import kg.socialorder.procedure.ProcedureMoves;
import kg.socialorder.procedure.SelectionForms;
import kg.socialorder.procedure.SelectionForms.Meeting;
import kg.socialorder.procedure.SelectionForms.ThemeApproval;
import kg.socialorder.procedure.TrancheForms;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Walks one {@link DemoCase} through the procedure as its people would, with the procedure's shared
 * forms and moves ({@link kg.socialorder.procedure}): each task's form submitted by the demo user whose
 * task it is, applications taken through the portal's intake, the asynchronous steps run and the
 * timers fired here, so the result never depends on the job executor. What the loader adds is the
 * calendar: the procedure's clock is moved to the day of each step, a fixed number of days after the
 * case's start; the caller lets it go.
 */
@Component
@Profile("demo")
class CaseLoader {

  // days after the announcement on which each step is taken
  static final int PROBLEMS = 20;
  static final int CHOICE = 21;
  static final int COUNCIL = 35;
  static final int CALL = 40;
  static final int CALL_APPROVAL = 41;
  static final int APPLICATIONS = 50;
  static final int APPLICATION_PERIOD = 30;
  static final int SCORING = 73;
  static final int PROTOCOL = 75;
  static final int DRAFT = 88;
  static final int CONTRACTOR_SIGNS = 89;
  static final int CONTRACT_START = 90;
  static final int HEAD_SIGNS = 91;
  static final int MONITORING_GROUP = 92;
  static final int FIRST_PAYMENT = 95;
  static final int PAYMENT_INTERVAL = 65;
  static final int FIRST_ACCEPTANCE = 150;
  static final int REPORT_INTERVAL = 150;
  static final int CONTRACT_END_AFTER_LAST_REPORT = 30;
  static final int FINAL_REPORT = 305;
  static final int FINAL_EVALUATION = 310;
  static final int REFUND = 312;
  static final int HEARING = 318;
  static final int CLOSING = 320;
  static final int HOUR = 10;

  private final ProcedureMoves moves;
  private final ApplicationIntake intake;
  private final ZoneId zone;
  private final ProcedureClock clock;

  CaseLoader(ProcessEngine engine, ApplicationIntake intake, ProcedureClock clock) {
    this.moves = new ProcedureMoves(engine, clock);
    this.intake = intake;
    this.zone = clock.getZone();
    this.clock = clock;
  }

  /**
   * Loads the case up to its stage; the order's business key. Each step is taken for every theme
   * before the next, on the same day, as the themes of one order run side by side.
   */
  String load(DemoCase c) {
    Run run = new Run(c);
    run.select();
    run.each(run::prepareCall, run::approveCall, run::apply);
    if (c.stage() == Stage.COMPETITION) {
      return run.orderKey;
    }
    run.each(run::closeCall, run::score, run::recordProtocol, run::closeAppealWindow);
    run.each(run::draftContract, run::contractorSigns, run::headSigns, run::formMonitoringGroup);
    for (int i = 0; i < run.trancheCount(); i++) {
      int tranche = i;
      run.each(theme -> run.pay(theme, tranche));
      if (tranche == 0 && c.stage() == Stage.FIRST_TRANCHE_PAID) {
        return run.orderKey;
      }
      run.each(theme -> run.submitTrancheReport(theme, tranche), theme -> run.recordVisit(theme, tranche));
      if (tranche == 0 && c.stage() == Stage.FIRST_TRANCHE_ACCEPTED) {
        return run.orderKey;
      }
    }
    run.each(run::submitFinalReport, run::evaluate, run::recordRefund);
    if (c.stage() == Stage.PUBLIC_HEARING) {
      return run.orderKey;
    }
    run.each(run::recordHearing, run::closeOrder);
    return run.orderKey;
  }

  /** One case on its way: its days, its order and its themes. */
  private final class Run {

    private final DemoCase c;
    private final String m;
    private final String coordinator;
    private final List<ThemeRun> themes = new ArrayList<>();
    private String orderKey;
    private String orderId;

    Run(DemoCase c) {
      this.c = c;
      this.m = c.municipality();
      this.coordinator = m + ".coordinator";
      // each case keeps its own time: the clock goes to its start, then only forward
      clock.moveTo(c.start().atTime(HOUR, 0).atZone(zone).toInstant());
    }

    /** The coordinator starts the order and records the residents' choice; the council approves. */
    void select() {
      day(0);
      ProcessInstance order = moves.start(coordinator, "social-order",
          OrderForms.start(c.programmeName(), c.year(), c.envelope(), c.themes().size()));
      orderId = order.getId();
      orderKey = moves.businessKey(order);

      moves.complete(orderKey, "AnnounceSelection", coordinator, SelectionForms.announcement(today(),
          List.of(new Meeting(today().plusDays(14), "Айылдык / шаардык клуб / Сельский / городской клуб")),
          List.of("noticeBoard", "villageHeads", "socialMedia"),
          "Тургундарды артыкчылыктуу көйгөйлөрдү тандоого чакырабыз / Приглашаем жителей выбрать приоритетные "
              + "проблемы"));

      day(PROBLEMS);
      moves.complete(orderKey, "RegisterProblems", coordinator,
          SelectionForms.problems(c.problems().stream().map(Problem::named).toList()));

      day(CHOICE);
      moves.complete(orderKey, "RecordCommunityChoice", coordinator, SelectionForms.choice(c.participants(), c.women(),
          c.problems().stream().map(Problem::votes).toList()));

      day(COUNCIL);
      Task approval = moves.task(orderKey, "ApproveThemes");
      moves.complete(approval, m + ".deputy1", SelectionForms.approval(moves.rows(approval, "candidateThemes"),
          candidate -> c.themes().stream().filter(t -> t.problemTitle().equals(candidate.get("title"))).findFirst()
              .map(theme -> new ThemeApproval(theme.budget(), theme.targetGroup())).orElse(null),
          "№" + c.year() % 100 + "/" + 3, today()));

      List<ApprovedTheme> approved = JsonVariables.records(moves.variable(orderId, "approvedThemes"),
          ApprovedTheme.class);
      for (Theme theme : c.themes()) {
        ApprovedTheme number = approved.stream().filter(a -> a.problem().equals(theme.problemTitle())).findFirst()
            .orElseThrow(() -> new IllegalStateException("Theme not approved: " + theme.problemTitle()));
        themes.add(new ThemeRun(theme, orderKey + "-T" + number.themeNumber()));
      }
    }

    /** The coordinator prepares the call. */
    void prepareCall(ThemeRun t) {
      day(CALL);
      Task prepare = moves.task(t.key, "PrepareCall");
      moves.complete(prepare, coordinator, CompetitionForms.call(t.theme.call(),
          moves.rows(prepare, CompetitionVariables.SCORING_CRITERIA), today().plusDays(APPLICATION_PERIOD),
          List.of(m + ".commission1", m + ".commission2", m + ".commission3")));
    }

    /** The head approves the call, and it is published on the portal. */
    void approveCall(ThemeRun t) {
      day(CALL_APPROVAL);
      moves.complete(t.key, "ApproveCall", m + ".head", CompetitionForms.callApproved());
      moves.runJobsUnder(orderId);
    }

    /** The NGO applies on the portal. */
    void apply(ThemeRun t) {
      day(APPLICATIONS);
      Map<String, Object> form = CompetitionForms.application(t.theme.applicant().asTyped());
      intake.submit((String) moves.variable(competitionId(t), CompetitionVariables.CALL_NUMBER), form::get);
    }

    /** The call's last day passes: applications are checked and go to the commission. */
    void closeCall(ThemeRun t) {
      fireTimer(t, "ApplicationDeadlineReached");
    }

    /** Each commission member declares no conflict and scores every application 8 to 10. */
    void score(ThemeRun t) {
      day(SCORING);
      List<Task> sheets = moves.tasks(t.key, "ScoreApplications");
      for (int member = 0; member < sheets.size(); member++) {
        Task sheet = sheets.get(member);
        int offset = member;
        List<?> scoresheet = moves.ownRows(sheet, "scoresheet");
        List<String> order = CompetitionForms.registrations(scoresheet);
        moves.complete(sheet, sheet.getAssignee(), CompetitionForms.sheet(moves.ownRows(sheet, "conflicts"),
            scoresheet, Set.of(), registration -> 8 + (offset + order.indexOf(registration)) % 3));
      }
      moves.runJobsUnder(orderId);
    }

    /** The chair records the protocol naming the first-ranked as winner; results are published. */
    void recordProtocol(ThemeRun t) {
      day(PROTOCOL);
      Task protocol = moves.task(t.key, "RecordProtocol");
      moves.complete(protocol, protocol.getAssignee(), CompetitionForms.protocol("1", today(),
          String.valueOf(moves.variable(competitionId(t), "winnerApplicationId")), null));
      moves.runJobsUnder(orderId);
    }

    /** Nobody appeals: the window closes and the award stands. */
    void closeAppealWindow(ThemeRun t) {
      fireTimer(t, "AppealWindowClosed");
    }

    /** The coordinator drafts the contract: the winner's amount, the tranche plan, the indicators. */
    void draftContract(ThemeRun t) {
      Contract contract = t.theme.contract();
      day(DRAFT);
      List<PlannedTranche> plan = new ArrayList<>();
      for (int i = 0; i < contract.tranches().size(); i++) {
        Tranche tranche = contract.tranches().get(i);
        plan.add(new PlannedTranche(tranche.amount(), start(paymentDay(i)), start(reportDay(i)),
            tranche.deliverables()));
      }
      moves.complete(t.key, "DraftContract", coordinator, ContractForms.draft(contract.number(), contract.amount(),
          start(CONTRACT_START), start(reportDay(contract.tranches().size() - 1) + CONTRACT_END_AFTER_LAST_REPORT),
          t.theme.applicant().userId(), plan, contract.indicators()));
    }

    void contractorSigns(ThemeRun t) {
      day(CONTRACTOR_SIGNS);
      moves.complete(t.key, "ReviewContract", t.theme.applicant().userId(), ContractForms.contractorSigns());
    }

    void headSigns(ThemeRun t) {
      day(HEAD_SIGNS);
      moves.complete(t.key, "SignContract", m + ".head", ContractForms.headSigns());
    }

    /** The coordinator names the monitoring group; the contract is registered and its tranches begin. */
    void formMonitoringGroup(ThemeRun t) {
      day(MONITORING_GROUP);
      moves.complete(t.key, "FormMonitoringGroup", coordinator,
          ContractForms.monitoringGroup(t.theme.contract().monitoringGroup()));
      moves.runJobsUnder(orderId);
    }

    /** Finance approves the payment order and the tranche is paid. */
    void pay(ThemeRun t, int tranche) {
      day(paymentDay(tranche));
      moves.complete(t.key, "ApprovePaymentOrder", m + ".finance",
          TrancheForms.paymentOrder(t.theme.contract().number() + "/" + (tranche + 1), today()));
      moves.runJobsUnder(orderId);
    }

    /** The NGO reports on the tranche before it is due. */
    void submitTrancheReport(ThemeRun t, int number) {
      Tranche tranche = t.theme.contract().tranches().get(number);
      day(reportDay(number) - 4);
      Task report = moves.task(t.key, "SubmitTrancheReport");
      moves.complete(report, t.theme.applicant().userId(), TrancheForms.report(tranche.activities(),
          moves.rows(report, "indicatorProgress"), tranche.reached(),
          tranche.expenses().stream().map(e -> new TrancheForms.Expense(e.item(), e.amount(), null)).toList()));
    }

    /** The monitoring group visits the day before and finds the work done: the tranche is accepted. */
    void recordVisit(ThemeRun t, int number) {
      Tranche tranche = t.theme.contract().tranches().get(number);
      day(reportDay(number));
      Task visit = moves.task(t.key, "RecordMonitoringVisit");
      List<String> present = JsonVariables.records(moves.rows(visit, "monitoringGroup"), MonitoringMember.class)
          .stream().map(MonitoringMember::name).limit(3).toList();
      moves.complete(visit, m + ".monitor1",
          TrancheForms.visit(today().minusDays(1), present, tranche.findings(), "good", true));
    }

    /** The NGO's final report: results, indicators reached, money spent. */
    void submitFinalReport(ThemeRun t) {
      FinalReport report = t.theme.finalReport();
      day(FINAL_REPORT);
      Task task = moves.task(t.key, "SubmitFinalReport");
      moves.complete(task, t.theme.applicant().userId(), FinalReportForms.finalReport(report.results(),
          moves.rows(task, "indicatorResults"), report.reached(), report.spent()));
    }

    /** The monitoring group's final evaluation. */
    void evaluate(ThemeRun t) {
      FinalReport report = t.theme.finalReport();
      day(FINAL_EVALUATION);
      moves.complete(t.key, "FinalEvaluation", m + ".monitor1",
          FinalReportForms.evaluation(report.rating(), report.conclusions(), report.recommendations()));
    }

    /** Finance records the refund of what was not spent, if anything was left. */
    void recordRefund(ThemeRun t) {
      BigDecimal unspent = t.theme.contract().amount().subtract(t.theme.finalReport().spent());
      if (unspent.signum() > 0) {
        day(REFUND);
        moves.complete(t.key, "RecordRefund", m + ".finance", FinalReportForms.refund(unspent, today(),
            "Кайтаруу / Возврат " + t.theme.contract().number()));
      }
    }

    /** The coordinator records the public hearing held the day before; the report is published. */
    void recordHearing(ThemeRun t) {
      DemoCase.Hearing hearing = t.theme.finalReport().hearing();
      day(HEARING);
      moves.complete(t.key, "RecordPublicHearing", coordinator, FinalReportForms.hearing(hearing.format(),
          today().minusDays(1), hearing.place(), hearing.attendance(), hearing.minutes(),
          List.of(new Question(hearing.question(), hearing.answer()))));
      moves.runJobsUnder(orderId);
    }

    /** The head closes the theme's report, and with the last theme the social order. */
    void closeOrder(ThemeRun t) {
      day(CLOSING);
      moves.complete(t.key, "CloseSocialOrder", m + ".head", FinalReportForms.closing(
          "Долбоор аткарылды, коомдук отчет жарыяланды / Проект выполнен, публичный отчёт опубликован"));
    }

    String competitionId(ThemeRun t) {
      return moves.instance("competition", t.key).getId();
    }

    /** The clock reaches the timer's moment and it fires, then whatever it started runs. */
    void fireTimer(ThemeRun t, String activity) {
      moves.fireTimer(competitionId(t), activity);
      moves.runJobsUnder(orderId);
    }

    @SafeVarargs
    final void each(Consumer<ThemeRun>... steps) {
      for (Consumer<ThemeRun> step : steps) {
        themes.forEach(step);
      }
    }

    /** The themes of one case are paid in step, so they have as many tranches each. */
    int trancheCount() {
      List<Integer> counts = themes.stream().map(t -> t.theme.contract().tranches().size()).distinct().toList();
      if (counts.size() != 1) {
        throw new IllegalStateException("The themes of " + orderKey + " differ in their number of tranches");
      }
      return counts.get(0);
    }

    /** Moves the procedure's clock forward to the given day after the start, at the start of office hours. */
    void day(int offset) {
      Instant target = start(offset).atTime(HOUR, 0).atZone(zone).toInstant();
      if (target.isAfter(clock.instant())) {
        clock.moveTo(target);
      }
    }

    LocalDate start(int offset) {
      return c.start().plusDays(offset);
    }

    LocalDate today() {
      return clock.today();
    }
  }

  /** A theme of the case and its key, which its competition, contract, tranches and report carry. */
  private record ThemeRun(Theme theme, String key) {}

  static int paymentDay(int tranche) {
    return FIRST_PAYMENT + PAYMENT_INTERVAL * tranche;
  }

  static int reportDay(int tranche) {
    return FIRST_ACCEPTANCE + REPORT_INTERVAL * tranche;
  }
}
