package kg.socialorder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import kg.socialorder.dashboard.DashboardFigures.Money;
import kg.socialorder.dashboard.DashboardFigures.OverdueReport;
import kg.socialorder.dashboard.DashboardFigures.StageCount;
import kg.socialorder.demo.DemoCases;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard over the demo's real cases (five municipalities, one order each, at their stages):
 * its figures are the cases' own, and each reader sees what is theirs: the supervisor every
 * municipality, an official their own, an NGO, a monitoring member and a stranger nothing. The
 * property gives these tests the demo cases' context (a database that holds them and nothing else).
 */
@TestPropertySource(properties = "social-order.demo.load-cases=false")
abstract class DashboardScenarios extends WebappTest {

  static final List<String> MUNICIPALITIES = List.of("kanyshkyya", "omuraliev", "karakoltown", "katran", "karakol");
  private static final Pattern ROW_MUNICIPALITY = Pattern.compile("data-municipality=\"([a-z]+)\"");

  @Autowired
  DemoCases demoCases;
  @Autowired
  DashboardFigures figures;
  @Autowired
  OverdueTasks overdueTasks;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void loadTheCases() {
    demoCases.load();
    clock.moveTo(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
  }

  @Test
  void theMoneyOfEachMunicipalityAndYearIsThatOfItsCase() {
    assertThat(figures.money(Scope.ALL))
        .extracting(Money::municipality, Money::year, Money::orders, m -> m.planned().toBigInteger().intValue(),
            m -> m.contracted().toBigInteger().intValue(), m -> m.paid().toBigInteger().intValue(),
            Money::refunded)
        .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison
            .RecursiveComparisonConfiguration.builder().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
        .containsExactly(
            tuple("kanyshkyya", 2025, 1, 700_000, 600_000, 300_000, BigDecimal.ZERO),
            tuple("omuraliev", 2018, 1, 300_000, 240_000, 240_000, new BigDecimal("3500")),
            tuple("karakoltown", 2025, 1, 800_000, 680_000, 400_000, BigDecimal.ZERO),
            tuple("katran", 2015, 1, 300_000, 250_000, 250_000, BigDecimal.ZERO),
            tuple("karakol", 2026, 1, 400_000, 0, 0, BigDecimal.ZERO));
    Money total = DashboardFigures.total(figures.money(Scope.ALL));
    assertThat(total.paid()).isEqualByComparingTo("1190000");
    assertThat(DashboardFigures.byYear(figures.money(Scope.ALL))).extracting(Money::year, m -> m.planned().intValue())
        .containsExactly(tuple(2015, 300_000), tuple(2018, 300_000), tuple(2025, 1_500_000), tuple(2026, 400_000));
    assertThat(figures.money(Scope.of(List.of("karakoltown")))).extracting(Money::municipality)
        .containsExactly("karakoltown");
  }

  @Test
  void ordersAndThemesAreCountedByStage() {
    assertThat(figures.ordersByStage(Scope.ALL)).extracting(StageCount::stage, StageCount::count)
        .containsExactlyInAnyOrder(tuple("CLOSED", 1), tuple("IMPLEMENTATION", 4));
    // Karakol's two themes are in competition; Omuraliev's completed; three under contract
    assertThat(figures.themesByStage(Scope.ALL)).extracting(StageCount::stage, StageCount::count)
        .containsExactlyInAnyOrder(tuple("COMPETITION", 2), tuple("COMPLETED", 1), tuple("CONTRACT", 3));
    assertThat(figures.themesByStage(Scope.of(List.of("karakol")))).extracting(StageCount::stage, StageCount::count)
        .containsExactly(tuple("COMPETITION", 2));
  }

  @Test
  void indicatorsOfTheSubmittedFinalReportsAreSetAgainstTheirTargets() {
    assertThat(figures.indicators(Scope.ALL))
        .extracting(i -> i.municipality(), i -> i.year(), i -> i.lines(), i -> i.reached(), i -> i.target().intValue(),
            i -> i.achieved().intValue())
        .containsExactly(tuple("omuraliev", 2018, 2, 2, 136, 136), tuple("katran", 2015, 2, 2, 32, 32));
  }

  @Test
  void aTrancheReportAndTasksPastTheirDayAreListedWithHowLate() {
    assertThat(figures.overdueReports(Scope.ALL).total()).isZero();
    // Katran's people's assembly was due in 2015 and is still to be recorded
    assertThat(overdueTasks.of(Scope.ALL).rows()).extracting(OverdueTasks.OverdueTask::businessKey)
        .containsExactly("KATRAN-2015-1-T1");

    clock.moveBy(Duration.ofDays(120));

    // Kanysh-Kyya's first tranche report was due on 23.04.2026: 68 days before 30.06.2026
    assertThat(figures.overdueReports(Scope.ALL).rows())
        .extracting(OverdueReport::municipality, OverdueReport::trancheNumber, OverdueReport::daysLate)
        .containsExactly(tuple("kanyshkyya", 1, 68L));
    assertThat(figures.overdueReports(Scope.of(List.of("karakol"))).total()).isZero();
    assertThat(overdueTasks.of(Scope.ALL).rows())
        .extracting(OverdueTasks.OverdueTask::municipality, OverdueTasks.OverdueTask::daysLate)
        .contains(tuple("karakoltown", 112L), tuple("kanyshkyya", 68L));
    assertThat(overdueTasks.of(Scope.of(List.of("kanyshkyya"))).rows())
        .extracting(OverdueTasks.OverdueTask::municipality).containsOnly("kanyshkyya");
  }

  @Test
  void theSupervisorReadsEveryMunicipality() {
    String page = page(cockpit("supervisor"), "/dashboard", 200);
    assertThat(municipalitiesIn(page)).containsExactlyElementsOf(MUNICIPALITIES);
    assertThat(page).contains("Каражат", "Средства", "<svg", "3\u00a0500", "Коомдук угууну каттоо");
    // and may narrow it to one
    String karakol = page(cockpit("supervisor"), "/dashboard?municipality=karakol", 200);
    assertThat(municipalitiesIn(karakol)).containsOnly("karakol");
  }

  @Test
  void anOfficialReadsTheirOwnMunicipalityOnly() {
    for (String official : List.of("karakoltown.coordinator", "karakoltown.head", "karakoltown.finance",
        "karakoltown.deputy1")) {
      String page = page(loggedIn(official), "/dashboard", 200);
      assertThat(municipalitiesIn(page)).as(official).containsOnly("karakoltown");
      assertThat(page).as(official).contains("680\u00a0000").doesNotContain("Каныш-Кыя", "3\u00a0500");
    }
    // another municipality asked for by hand is refused, naming the parameter
    String refused = page(loggedIn("karakoltown.coordinator"), "/dashboard?municipality=karakol", 400);
    assertThat(refused).contains("Муниципалитет").doesNotContain("data-municipality");
  }

  @Test
  void aPageOfTheTablesThatIsNoPageNumberIsRefusedNamingIt() {
    assertThat(page(cockpit("supervisor"), "/dashboard?page=two", 400)).contains("Барак", "Страница")
        .doesNotContain("data-municipality");
    assertThat(page(cockpit("supervisor"), "/dashboard?indicatorPage=0", 400)).contains("Страница показателей");
    // a page past the last shows the last: the five cases fit on one
    assertThat(municipalitiesIn(page(cockpit("supervisor"), "/dashboard?page=7", 200))).containsAll(MUNICIPALITIES);
  }

  @Test
  void nGOsMonitoringMembersDesignersAndStrangersAreRefused() {
    for (String person : List.of("aimira", "karakoltown.monitor1", "karakoltown.commission1")) {
      assertThat(page(loggedIn(person), "/dashboard", 403)).as(person).doesNotContain("data-municipality");
    }
    String anonymous = page(new WebappClient(port), "/dashboard", 401);
    assertThat(anonymous).contains("/camunda/app/cockpit/default/").doesNotContain("data-municipality");
  }

  @Test
  void theNationalOverviewAddsUpEveryOrderByRegionAndYear() {
    String page = page(new WebappClient(port), "/portal/overview", 200);
    String totals = page.substring(page.indexOf("id=\"totals\""), page.indexOf("</dl>"));
    assertThat(totals).contains("2\u00a0500\u00a0000", "1\u00a0190\u00a0000", "3\u00a0500");
    String regions = page.substring(page.indexOf("id=\"regions\""), page.indexOf("id=\"years\""));
    // Kanysh-Kyya and Kara-Kol town are both in Jalal-Abad: 700 000 + 800 000 planned
    assertThat(regions).contains("Жалал-Абад облусу / Джалал-Абадская область", "1\u00a0500\u00a0000", "<svg");
    assertThat(page.substring(page.indexOf("id=\"years\""))).contains(">2015<", ">2026<");
  }

  @Test
  void anOrdersProgressShowsItsTranchesPlannedAgainstPaidAndItsStages() {
    String key = jdbcKey("karakoltown");
    String page = page(new WebappClient(port), "/portal/orders/" + key + "/progress", 200);
    // the first tranche of 400 000 paid, the second waiting at finance
    assertThat(page).contains("data-tranche=\"1\"", "data-tranche=\"2\"", "<svg", "400\u00a0000",
        "Келишимге кол коюлду", "Договор подписан", "Сынак жарыяланды", "1-транш төлөндү");
    assertThat(page).doesNotContain("2-транш төлөндү");
    String closed = page(new WebappClient(port), "/portal/orders/" + jdbcKey("omuraliev") + "/progress", 200);
    assertThat(closed).contains("Коомдук отчет жарыяланды", "Публичный отчёт опубликован");
    page(new WebappClient(port), "/portal/orders/NOWHERE-2026-1/progress", 404);
  }

  private String jdbcKey(String municipality) {
    return jdbc.queryForObject("select business_key from so_social_order where municipality = ?", String.class,
        municipality);
  }

  @Test
  void theCasePanelOfATaskShowsItsOrderToWhoMaySeeTheTask() {
    Task report = engine.getTaskService().createTaskQuery().taskDefinitionKey("SubmitTrancheReport")
        .taskAssignee("toskurulush").singleResult();
    String path = "/dashboard/case/" + report.getId();
    String order = jdbcKey("kanyshkyya");

    String panel = page(loggedIn("toskurulush"), path, 200);
    assertThat(panel).contains(order, "Каныш-Кыя айыл аймагынын муниципалдык социалдык тапшырыгы",
        "Келишимге кол коюлду", "Договор подписан", "1-транш төлөндү", "Транш 1 выплачен",
        "href=\"/portal/orders/" + order + "\"");
    // the first tranche is paid, the second planned: 300 000 of 600 000
    assertThat(panel.replace('\u00a0', ' ')).contains("600 000 сом", "300 000 сом");
    assertThat(page(cockpit("supervisor"), path, 200)).contains(order);
    // the same municipality's coordinator does not see a contractor's task, another municipality's still less
    page(loggedIn("kanyshkyya.coordinator"), path, 404);
    page(loggedIn("karakol.coordinator"), path, 404);
    assertThat(new WebappClient(port).getFromRoot(path).statusCode()).isEqualTo(401);
  }

  private WebappClient cockpit(String user) {
    WebappClient client = new WebappClient(port);
    assertThat(client.login(user, "demo", "cockpit")).isEqualTo(200);
    return client;
  }

  static String page(WebappClient client, String path, int status) {
    HttpResponse<byte[]> response = client.getFromRoot(path);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(path + ": " + body).isEqualTo(status);
    return body;
  }

  /** The municipalities of the money table's rows, in order, each once. */
  private static List<String> municipalitiesIn(String page) {
    String money = page.substring(page.indexOf("id=\"money-table\""), page.indexOf("id=\"stages\""));
    return ROW_MUNICIPALITY.matcher(money).results().map(m -> m.group(1)).distinct().toList();
  }
}
