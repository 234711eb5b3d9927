package kg.socialorder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.socialorder.contract.ContractRegister;
import kg.socialorder.contract.PlannedTranche;
import kg.socialorder.contract.TargetIndicator;
import kg.socialorder.contract.TranchePlan;
import kg.socialorder.support.EmbeddedPostgres;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tranches of the "Баластан" contract of Kanysh-Kyya, driven over HTTP as the people do: the system
 * (the administrator, through the engine API) starts a tranche as its contract would, finance
 * approves the payment order in Tasklist, the engine pays it in its own job.
 */
final class Tranches {

  static final String MUNICIPALITY = "kanyshkyya";
  static final String FINANCE = "kanyshkyya.finance";
  static final String CONTRACTOR = "toskurulush";
  static final String APPROVE_PAYMENT_ORDER = "ApprovePaymentOrder";
  static final String RECORD_PAYMENT = "RecordPayment";
  static final String SUBMIT_REPORT = "SubmitTrancheReport";
  static final String REMINDER_DUE = "ReminderDue";
  static final String SEND_REMINDER = "SendReportReminder";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Bishkek");
  private static final LocalDate TODAY = LocalDate.now(ZONE);

  private Tranches() {}

  /** A user of the demo profile (password demo) logged in to Tasklist of the node. */
  static WebappClient loggedIn(ApplicationNode node, String user) {
    WebappClient client = new WebappClient(node.port());
    assertThat(client.login(user, ApplicationNode.PASSWORD)).as(user + " logs in on " + node.name()).isEqualTo(200);
    return client;
  }

  /**
   * Tranche 1 of contract {@code contractNumber}, waiting for finance's payment order; its instance id.
   * The contract is first registered in the application's database with its plan and indicators, as
   * its registration step does, since a tranche reads its terms there.
   */
  static String start(WebappClient admin, EmbeddedPostgres database, String contractNumber) {
    register(database, contractNumber);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("municipality", value(MUNICIPALITY));
    variables.put("contractNumber", value(contractNumber));
    variables.put("contractorUserId", value(CONTRACTOR));
    variables.put("contractorName", value("«ТОС Курулуш» КБ"));
    variables.put("projectTitle", value("Баластан"));
    variables.put("trancheNumber", value(1));
    variables.put("monitoringGroup", json(List.of(
        Map.of("name", "kanyshkyya monitor1", "userId", "kanyshkyya.monitor1",
            "category", "municipalitySpecialist", "chair", true),
        Map.of("name", "Асан Токтосунов", "category", "communityLeader", "chair", false))));
    variables.put("monitoringUserIds", value("kanyshkyya.monitor1"));
    Response started = admin.postEngine("process-definition/key/tranche/start",
        Map.of("businessKey", contractNumber + "-1", "variables", variables));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private static void register(EmbeddedPostgres database, String contractNumber) {
    TranchePlan plan = new TranchePlan(List.of(
        new PlannedTranche(1, new BigDecimal("300000.00"), TODAY, TODAY.plusDays(90), "Мебель, 2 бөлмө, 5 тарбиячы"),
        new PlannedTranche(2, new BigDecimal("300000.00"), TODAY.plusDays(120), TODAY.plusDays(200),
            "75 бала катталды")));
    ContractRegister contracts = new ContractRegister(new JdbcTemplate(new DriverManagerDataSource(
        database.jdbcUrl() + "?ApplicationName=contracts", database.username(), "")), Clock.system(ZONE));
    contracts.registerOnce(new ContractRegister.Entry(MUNICIPALITY, contractNumber, "contract " + contractNumber,
        null, "«ТОС Курулуш» КБ", CONTRACTOR, plan.total(), TODAY, TODAY.plusDays(240), TODAY, plan,
        List.of(new TargetIndicator("Бала бакчага катталган балдар", "бала", 75))));
  }

  /** The id of the instance's one open task, as the user's Tasklist lists it. */
  static String openTask(WebappClient user, String processInstanceId) {
    Response tasks = user.getEngine("task?processInstanceId=" + processInstanceId);
    assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
    assertThat(tasks.json()).as("open tasks of " + processInstanceId).hasSize(1);
    return tasks.json().get(0).path("id").asText();
  }

  /** Finance submits the payment order form of the task. */
  static Response approvePayment(WebappClient finance, String taskId) {
    return finance.postEngine("task/" + taskId + "/submit-form", Map.of("variables", Map.of(
        "paymentOrderNumber", value("ПП-" + taskId.substring(0, 8)),
        "paymentOrderDate", value(TODAY.toString()),
        "paymentApproved", value(true))));
  }

  /** Finance approves the payment order of a tranche waiting for it, and the answer is success. */
  static void approvePaymentOf(WebappClient finance, String processInstanceId) {
    Response submitted = approvePayment(finance, openTask(finance, processInstanceId));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private static Map<String, Object> json(Object value) {
    return Map.of("type", "Json", "value", JSON.valueToTree(value).toString());
  }
}
