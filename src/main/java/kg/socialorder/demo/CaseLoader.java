package kg.socialorder.demo;

import static kg.socialorder.engine.JsonVariables.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionVariables;
import kg.socialorder.contract.MonitoringMember;
import kg.socialorder.demo.DemoCase.Applicant;
import kg.socialorder.demo.DemoCase.Contract;
import kg.socialorder.demo.DemoCase.Expense;
import kg.socialorder.demo.DemoCase.FinalReport;
import kg.socialorder.demo.DemoCase.Member;
import kg.socialorder.demo.DemoCase.Problem;
import kg.socialorder.demo.DemoCase.Stage;
import kg.socialorder.demo.DemoCase.Theme;
import kg.socialorder.demo.DemoCase.Tranche;
import kg.socialorder.engine.JsonVariables;
import kg.socialorder.engine.ProcedureClock;
import kg.socialorder.problemselection.ApprovedTheme;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Drives one {@link DemoCase} through the engine as its people would: each task completed through
 * the form service by the demo user whose task it is (authenticated as that user, with their groups
 * and municipality), applications taken through the portal's intake, the asynchronous steps run here
 * and the timers fired here, so the result never depends on the job executor. The engine clock is
 * set to the day of each step, a fixed number of days after the case's start; the caller resets it.
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

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ApplicationIntake intake;
  private final ZoneId zone;
  private final ProcedureClock clock;

  CaseLoader(ProcessEngine engine, ApplicationIntake intake, ProcedureClock clock) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.repository = engine.getRepositoryService();
    this.identity = engine.getIdentityService();
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
      ProcessInstance order = as(coordinator, () -> forms.submitStartForm(
          repository.createProcessDefinitionQuery().processDefinitionKey("social-order").latestVersion()
              .singleResult().getId(),
          Variables.createVariables()
              .putValue("programmeName", c.programmeName())
              .putValue("year", c.year())
              .putValue("budgetEnvelope", c.envelope().doubleValue())
              .putValue("themesPlanned", c.themes().size())));
      orderId = order.getId();
      orderKey = runtime.createProcessInstanceQuery().processInstanceId(orderId).singleResult().getBusinessKey();

      complete(task(orderKey, "AnnounceSelection"), coordinator, Variables.createVariables()
          .putValue("announcementDate", today().toString())
          .putValue("meetings", json(List.of(Map.of("date", today().plusDays(14).toString(),
              "place", "Айылдык / шаардык клуб / Сельский / городской клуб"))))
          .putValue("informationChannels", json(List.of("noticeBoard", "villageHeads", "socialMedia")))
          .putValue("announcementText", "Тургундарды артыкчылыктуу көйгөйлөрдү тандоого чакырабыз / "
              + "Приглашаем жителей выбрать приоритетные проблемы"));

      day(PROBLEMS);
      List<Map<String, Object>> problems = new ArrayList<>();
      for (Problem problem : c.problems()) {
        problems.add(Map.of("title", problem.title(), "description", problem.description(),
            "affectedGroup", problem.affectedGroup(), "source", problem.source()));
      }
      complete(task(orderKey, "RegisterProblems"), coordinator,
          Variables.createVariables().putValue("problems", json(problems)));

      day(CHOICE);
      List<Map<String, Object>> votes = new ArrayList<>();
      for (int i = 0; i < c.problems().size(); i++) {
        votes.add(Map.of("problemId", String.valueOf(i + 1), "votes", c.problems().get(i).votes()));
      }
      complete(task(orderKey, "RecordCommunityChoice"), coordinator, Variables.createVariables()
          .putValue("votingMethod", "openVote")
          .putValue("participantsTotal", c.participants())
          .putValue("participantsWomen", c.women())
          .putValue("votes", json(votes)));

      day(COUNCIL);
      Task approval = task(orderKey, "ApproveThemes");
      List<Map<String, Object>> candidates = new ArrayList<>();
      for (Object row : (List<?>) JsonVariables.plain(tasks.getVariableTyped(approval.getId(), "candidateThemes"))) {
        Map<String, Object> candidate = new LinkedHashMap<>(map(row));
        Theme theme = c.themes().stream().filter(t -> t.problemTitle().equals(candidate.get("title")))
            .findFirst().orElse(null);
        candidate.put("approved", theme != null);
        candidate.put("targetGroup", theme == null ? candidate.get("targetGroup") : theme.targetGroup());
        candidate.put("budget", theme == null ? null : theme.budget().doubleValue());
        candidates.add(candidate);
      }
      complete(approval, m + ".deputy1", Variables.createVariables()
          .putValue("councilDecision", "approve")
          .putValue("candidateThemes", json(candidates))
          .putValue("resolutionNumber", "№" + c.year() % 100 + "/" + 3)
          .putValue("resolutionDate", today().toString()));

      List<ApprovedTheme> approved = JsonVariables.records(
          JsonVariables.plain(runtime.getVariableTyped(orderId, "approvedThemes")), ApprovedTheme.class);
      for (Theme theme : c.themes()) {
        ApprovedTheme number = approved.stream().filter(a -> a.problem().equals(theme.problemTitle())).findFirst()
            .orElseThrow(() -> new IllegalStateException("Theme not approved: " + theme.problemTitle()));
        themes.add(new ThemeRun(theme, orderKey + "-T" + number.themeNumber()));
      }
    }

    /** The coordinator prepares the call. */
    void prepareCall(ThemeRun t) {
      day(CALL);
      Task prepare = task(t.key, "PrepareCall");
      complete(prepare, coordinator, Variables.createVariables()
          .putValue("goal", t.theme.call().goal())
          .putValue("tasks", t.theme.call().tasks())
          .putValue("targetGroup", t.theme.call().targetGroup())
          .putValue("expectedResults", t.theme.call().expectedResults())
          .putValue("termMonths", t.theme.call().termMonths())
          .putValue("budgetCeiling", t.theme.call().ceiling().doubleValue())
          .putValue("eligibilityRequirements", t.theme.call().eligibility())
          .putValue("scoringCriteria", json(JsonVariables.plain(tasks.getVariableTyped(prepare.getId(),
              CompetitionVariables.SCORING_CRITERIA))))
          .putValue("applicationDeadline", today().plusDays(APPLICATION_PERIOD).toString())
          .putValue("commissionMembers", json(commission()))
          .putValue("commissionChair", commission().get(0)));
    }

    /** The head approves the call, and it is published on the portal. */
    void approveCall(ThemeRun t) {
      day(CALL_APPROVAL);
      complete(task(t.key, "ApproveCall"), m + ".head",
          Variables.createVariables().putValue("callDecision", "approve"));
      runJobs();
    }

    /** The NGO applies on the portal. */
    void apply(ThemeRun t) {
      day(APPLICATIONS);
      Applicant applicant = t.theme.applicant();
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("organisationName", applicant.organisationName());
      form.put("legalForm", applicant.legalForm());
      form.put("taxNumber", applicant.taxNumber());
      form.put("registrationDate", applicant.registrationDate().toString());
      form.put("contactPerson", "Уюмдун жетекчиси / Руководитель организации");
      form.put("phone", "+996 000 000 000");
      form.put("email", "info@example.kg");
      form.put("projectTitle", applicant.projectTitle());
      form.put("summary", applicant.summary());
      form.put("workPlan", applicant.workPlan());
      form.put("requestedAmount", applicant.requested().toPlainString());
      form.put("ownContribution", "0");
      form.put("budgetLines", applicant.budget().stream()
          .map(line -> Map.of("item", line.item(), "amount", line.amount().toPlainString())).toList());
      form.put("declaredDocuments", List.copyOf(CompetitionVariables.DOCUMENT_CODES));
      form.put("declarationConfirmed", "true");
      intake.submit((String) runtime.getVariable(competitionId(t), CompetitionVariables.CALL_NUMBER), form::get);
    }

    /** The call's last day passes: applications are checked and go to the commission. */
    void closeCall(ThemeRun t) {
      fireTimer(competitionId(t), "ApplicationDeadlineReached");
    }

    /** Each commission member declares no conflict and scores every application. */
    void score(ThemeRun t) {
      day(SCORING);
      List<Task> sheets = tasks.createTaskQuery().processInstanceBusinessKey(t.key)
          .taskDefinitionKey("ScoreApplications").orderByTaskAssignee().asc().list();
      for (int member = 0; member < sheets.size(); member++) {
        Task sheet = sheets.get(member);
        List<Map<String, Object>> declarations = new ArrayList<>();
        for (Object row : (List<?>) JsonVariables.plain(tasks.getVariableLocalTyped(sheet.getId(), "conflicts"))) {
          Map<String, Object> line = new LinkedHashMap<>(map(row));
          line.put("conflictOfInterest", false);
          declarations.add(line);
        }
        List<Map<String, Object>> scores = new ArrayList<>();
        List<?> rows = (List<?>) JsonVariables.plain(tasks.getVariableLocalTyped(sheet.getId(), "scoresheet"));
        for (int i = 0; i < rows.size(); i++) {
          Map<String, Object> line = new LinkedHashMap<>(map(rows.get(i)));
          line.put("score", 8 + (member + i) % 3);
          scores.add(line);
        }
        complete(sheet, sheet.getAssignee(), Variables.createVariables()
            .putValue("conflicts", json(declarations)).putValue("scoresheet", json(scores)));
      }
      runJobs();
    }

    /** The chair records the protocol naming the first-ranked as winner; results are published. */
    void recordProtocol(ThemeRun t) {
      day(PROTOCOL);
      Task protocol = task(t.key, "RecordProtocol");
      complete(protocol, protocol.getAssignee(), Variables.createVariables()
          .putValue("protocolNumber", "1")
          .putValue("protocolDate", today().toString())
          .putValue("winnerApplicationId", String.valueOf(runtime.getVariable(competitionId(t), "winnerApplicationId"))));
      runJobs();
    }

    /** Nobody appeals: the window closes and the award stands. */
    void closeAppealWindow(ThemeRun t) {
      fireTimer(competitionId(t), "AppealWindowClosed");
    }

    /** The coordinator drafts the contract: the winner's amount, the tranche plan, the indicators. */
    void draftContract(ThemeRun t) {
      Contract contract = t.theme.contract();
      day(DRAFT);
      List<Map<String, Object>> plan = new ArrayList<>();
      for (int i = 0; i < contract.tranches().size(); i++) {
        Tranche tranche = contract.tranches().get(i);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("amount", tranche.amount().doubleValue());
        row.put("paymentDate", start(paymentDay(i)).toString());
        row.put("reportDueDate", start(reportDay(i)).toString());
        row.put("deliverables", tranche.deliverables());
        plan.add(row);
      }
      complete(task(t.key, "DraftContract"), coordinator, Variables.createVariables()
          .putValue("contractNumber", contract.number())
          .putValue("contractAmount", contract.amount().doubleValue())
          .putValue("contractStart", start(CONTRACT_START).toString())
          .putValue("contractEnd", start(reportDay(contract.tranches().size() - 1)
              + CONTRACT_END_AFTER_LAST_REPORT).toString())
          .putValue("contractorUserId", t.theme.applicant().userId())
          .putValue("tranchePlan", json(plan))
          .putValue("indicators", json(contract.indicators().stream()
              .map(i -> Map.of("name", i.name(), "unit", i.unit(), "target", i.target())).toList())));
    }

    void contractorSigns(ThemeRun t) {
      day(CONTRACTOR_SIGNS);
      complete(task(t.key, "ReviewContract"), t.theme.applicant().userId(),
          Variables.createVariables().putValue("contractorDecision", "sign"));
    }

    void headSigns(ThemeRun t) {
      day(HEAD_SIGNS);
      complete(task(t.key, "SignContract"), m + ".head", Variables.createVariables().putValue("headSigned", true));
    }

    /** The coordinator names the monitoring group; the contract is registered and its tranches begin. */
    void formMonitoringGroup(ThemeRun t) {
      Contract contract = t.theme.contract();
      day(MONITORING_GROUP);
      List<Map<String, Object>> group = new ArrayList<>();
      for (Member member : contract.monitoringGroup()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", member.name());
        row.put("userId", member.userId());
        row.put("category", member.category());
        row.put("chair", member.chair());
        group.add(row);
      }
      complete(task(t.key, "FormMonitoringGroup"), coordinator,
          Variables.createVariables().putValue("monitoringGroup", json(group)));
      runJobs();
    }

    /** Finance approves the payment order and the tranche is paid. */
    void pay(ThemeRun t, int tranche) {
      day(paymentDay(tranche));
      complete(task(t.key, "ApprovePaymentOrder"), m + ".finance", Variables.createVariables()
          .putValue("paymentOrderNumber", t.theme.contract().number() + "/" + (tranche + 1))
          .putValue("paymentOrderDate", today().toString())
          .putValue("paymentApproved", true));
      runJobs();
    }

    /** The NGO reports on the tranche before it is due. */
    void submitTrancheReport(ThemeRun t, int number) {
      Tranche tranche = t.theme.contract().tranches().get(number);
      day(reportDay(number) - 4);
      Task report = task(t.key, "SubmitTrancheReport");
      List<Map<String, Object>> progress = new ArrayList<>();
      List<?> laidOut = (List<?>) JsonVariables.plain(tasks.getVariableTyped(report.getId(), "indicatorProgress"));
      for (int i = 0; i < laidOut.size(); i++) {
        Map<String, Object> line = new LinkedHashMap<>(map(laidOut.get(i)));
        line.put("reached", tranche.reached().get(i));
        progress.add(line);
      }
      complete(report, t.theme.applicant().userId(), Variables.createVariables()
          .putValue("reportActivities", tranche.activities())
          .putValue("indicatorProgress", json(progress))
          .putValue("expenses", json(expenses(tranche.expenses()))));
    }

    /** The monitoring group visits and finds the work done: the tranche is accepted. */
    void recordVisit(ThemeRun t, int number) {
      Tranche tranche = t.theme.contract().tranches().get(number);
      day(reportDay(number));
      Task visit = task(t.key, "RecordMonitoringVisit");
      List<String> present = JsonVariables.records(tasks.getVariableTyped(visit.getId(), "monitoringGroup"),
          MonitoringMember.class).stream().map(MonitoringMember::name).limit(3).toList();
      complete(visit, m + ".monitor1", Variables.createVariables()
          .putValue("visitDate", today().minusDays(1).toString())
          .putValue("membersPresent", json(present))
          .putValue("findings", tranche.findings())
          .putValue("monitoringRating", "good")
          .putValue("expensesConfirmed", true));
    }

    /** The NGO's final report: results, indicators reached, money spent. */
    void submitFinalReport(ThemeRun t) {
      FinalReport report = t.theme.finalReport();
      day(FINAL_REPORT);
      complete(task(t.key, "SubmitFinalReport"), t.theme.applicant().userId(), Variables.createVariables()
          .putValue("results", report.results())
          .putValue("indicatorResults", json(report.reached().stream().map(r -> Map.of("reached", r)).toList()))
          .putValue("totalSpent", report.spent().doubleValue()));
    }

    /** The monitoring group's final evaluation. */
    void evaluate(ThemeRun t) {
      FinalReport report = t.theme.finalReport();
      day(FINAL_EVALUATION);
      complete(task(t.key, "FinalEvaluation"), m + ".monitor1", Variables.createVariables()
          .putValue("finalRating", report.rating())
          .putValue("conclusions", report.conclusions())
          .putValue("recommendations", report.recommendations()));
    }

    /** Finance records the refund of what was not spent, if anything was left. */
    void recordRefund(ThemeRun t) {
      BigDecimal unspent = t.theme.contract().amount().subtract(t.theme.finalReport().spent());
      if (unspent.signum() > 0) {
        day(REFUND);
        complete(task(t.key, "RecordRefund"), m + ".finance", Variables.createVariables()
            .putValue("refundAmount", unspent.doubleValue())
            .putValue("refundDate", today().toString())
            .putValue("refundReference", "Кайтаруу / Возврат " + t.theme.contract().number()));
      }
    }

    /** The coordinator records the public hearing held the day before; the report is published. */
    void recordHearing(ThemeRun t) {
      FinalReport report = t.theme.finalReport();
      day(HEARING);
      complete(task(t.key, "RecordPublicHearing"), coordinator, Variables.createVariables()
          .putValue("hearingFormat", report.hearing().format())
          .putValue("hearingDate", today().minusDays(1).toString())
          .putValue("hearingPlace", report.hearing().place())
          .putValue("hearingAttendance", report.hearing().attendance())
          .putValue("hearingMinutes", report.hearing().minutes())
          .putValue("hearingQuestions", json(List.of(Map.of("question", report.hearing().question(),
              "answer", report.hearing().answer())))));
      runJobs();
    }

    /** The head closes the theme's report, and with the last theme the social order. */
    void closeOrder(ThemeRun t) {
      day(CLOSING);
      complete(task(t.key, "CloseSocialOrder"), m + ".head", Variables.createVariables()
          .putValue("closingConfirmed", true)
          .putValue("closingNote", "Долбоор аткарылды, коомдук отчет жарыяланды / Проект выполнен, публичный "
              + "отчёт опубликован"));
    }

    String competitionId(ThemeRun t) {
      return runtime.createProcessInstanceQuery().processDefinitionKey("competition")
          .processInstanceBusinessKey(t.key).singleResult().getId();
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

    private List<String> commission() {
      return List.of(m + ".commission1", m + ".commission2", m + ".commission3");
    }

    /** Moves the engine clock forward to the given day after the start, at the start of office hours. */
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

    /** Runs every asynchronous step the case is waiting on, as the job executor would. */
    void runJobs() {
      for (int round = 0; round < 20; round++) {
        List<Job> jobs = management.createJobQuery().rootProcessInstanceId(orderId).executable().messages().list();
        if (jobs.isEmpty()) {
          return;
        }
        jobs.forEach(job -> management.executeJob(job.getId()));
      }
      throw new IllegalStateException("Jobs keep coming in " + orderKey);
    }

    /** The clock reaches the timer's moment and it fires, then whatever it started runs. */
    void fireTimer(String processInstanceId, String activity) {
      Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activity)
          .singleResult();
      if (timer.getDuedate().toInstant().isAfter(clock.instant())) {
        clock.moveTo(timer.getDuedate().toInstant().plusSeconds(1));
      }
      management.executeJob(timer.getId());
      runJobs();
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

  private static List<Map<String, Object>> expenses(List<Expense> expenses) {
    return expenses.stream().map(e -> Map.<String, Object>of("budgetLine", e.item(),
        "amount", e.amount().doubleValue())).toList();
  }

  private Task task(String businessKey, String definitionKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(definitionKey).list();
    if (found.size() != 1) {
      throw new IllegalStateException(businessKey + " has " + found.size() + " tasks " + definitionKey);
    }
    return found.get(0);
  }

  /** Claims the task if it is offered to a group, and submits its form, as {@code user}. */
  private void complete(Task task, String user, VariableMap variables) {
    as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  /** Runs the action logged in as the user: their groups and municipalities, as the webapps do. */
  private <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object row) {
    return (Map<String, Object>) row;
  }
}
