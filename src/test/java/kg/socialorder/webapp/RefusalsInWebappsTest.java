package kg.socialorder.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kg.socialorder.designer.EngineRestClient;
import kg.socialorder.support.ThemesBeforeCouncil;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every refusal a person can cause in Tasklist, Cockpit and Admin, and through /engine-rest, as the
 * webapps' API answers it to the demo users: the status, and a message that starts in Kyrgyz, goes
 * on in Russian, ends with the reference under which the technical text was logged, and names no
 * id, class, permission or engine code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RefusalsInWebappsTest extends WebappTest {

  static final String M = "omuraliev";
  static final String NO_TASK = "00000000-0000-0000-0000-000000000000";
  private static final Pattern REFERENCE = Pattern.compile("\\(код: ([A-Z2-9]{8})\\)$");

  /** The request that causes a refusal, as the person's webapp sends it, and what they must read. */
  record Refusal(String what, Supplier<Answer> request, int status, String kyrgyzStart, String russian) {
    @Override
    public String toString() {
      return what;
    }
  }

  record Answer(int status, String message) {}

  private ThemesBeforeCouncil claimed;
  private ThemesBeforeCouncil open;
  private ThemesBeforeCouncil completed;
  private final Map<String, WebappClient> sessions = new LinkedHashMap<>();

  @BeforeEach
  void tasksOfTheCouncil() {
    if (claimed == null) {
      claimed = ThemesBeforeCouncil.of(engine, M, TODAY);
      open = ThemesBeforeCouncil.of(engine, M, TODAY);
      completed = ThemesBeforeCouncil.of(engine, M, TODAY);
      as(M + ".deputy1").postEngine("task/" + claimed.taskId() + "/claim", Map.of("userId", M + ".deputy1"));
      as(M + ".deputy1").postEngine("task/" + completed.taskId() + "/submit-form", completed.approval());
    }
  }

  Stream<Refusal> refusals() {
    return Stream.of(
        // Tasklist: a task someone else holds, completed or never was
        tasklist("a form of a task another deputy claimed", M + ".deputy2",
            c -> c.postEngine("task/" + claimed.taskId() + "/submit-form", claimed.approval()), 409,
            "Бул тапшырманы Депутат 1", "Эту задачу взял(а) в работу Депутат 1"),
        tasklist("claiming a task another deputy claimed", M + ".deputy2",
            c -> c.postEngine("task/" + claimed.taskId() + "/claim", Map.of("userId", M + ".deputy2")), 409,
            "Бул тапшырманы Депутат 1", "Эту задачу взял(а) в работу Депутат 1"),
        tasklist("taking a claimed task in the task header", M + ".deputy2",
            c -> c.postEngine("task/" + claimed.taskId() + "/assignee", Map.of("userId", M + ".deputy2")), 409,
            "Бул тапшырманы Депутат 1", "Передать её другому может только координатор муниципалитета или администратор"),
        tasklist("the coordinator giving a claimed task to whom it is not offered", M + ".coordinator",
            c -> c.postEngine("task/" + claimed.taskId() + "/assignee", Map.of("userId", M + ".head")), 400,
            "Башчы / Глава", "не может выполнять эту задачу: передать её можно только тому, кому она предложена"),
        tasklist("opening the form of a task another deputy completed", M + ".deputy2",
            c -> c.getEngine("task/" + completed.taskId() + "/form"), 404,
            "Бул тапшырманы Депутат 1", "Эту задачу уже выполнил(а) Депутат 1 Өмүралиев айылдык аймагы (Талас) "
                + "(omuraliev.deputy1) 02.03.2026 10:00. Обновите список задач."),
        tasklist("the form's values of a task another deputy completed", M + ".deputy2",
            c -> c.getEngine("task/" + completed.taskId() + "/form-variables?deserializeValues=false"), 404,
            "Бул тапшырманы Депутат 1", "Эту задачу уже выполнил(а) Депутат 1"),
        tasklist("submitting a task another deputy completed", M + ".deputy2",
            c -> c.postEngine("task/" + completed.taskId() + "/submit-form", completed.approval()), 409,
            "Бул тапшырманы Депутат 1", "выполнил(а) Депутат 1 Өмүралиев айылдык аймагы (Талас) (omuraliev.deputy1) "
                + "02.03.2026 10:00. Введённые вами данные не сохранены."),
        tasklist("submitting again a task one completed, in another tab", M + ".deputy1",
            c -> c.postEngine("task/" + completed.taskId() + "/submit-form", completed.approval()), 409,
            "Бул тапшырманы сиз өзүңүз", "вы уже выполнили сами 02.03.2026 10:00, вероятно, в другой вкладке"),
        tasklist("opening a task that never was", M + ".deputy1", c -> c.getEngine("task/" + NO_TASK), 404,
            "Мындай тапшырма жок", "Такой задачи нет или она вас не касается"),
        tasklist("opening the form of a task that never was", M + ".deputy1",
            c -> c.getEngine("task/" + NO_TASK + "/form"), 404,
            "Мындай тапшырма жок", "Такой задачи нет или она вас не касается"),
        tasklist("submitting a task that never was", M + ".deputy1",
            c -> c.postEngine("task/" + NO_TASK + "/submit-form", open.approval()), 404,
            "Мындай тапшырма жок", "Такой задачи нет или она вас не касается"),
        // Tasklist: rights
        tasklist("a form of another role's task", M + ".finance",
            c -> c.postEngine("task/" + open.taskId() + "/submit-form", open.approval()), 403,
            "Бул тапшырма сиз үчүн эмес", "Эта задача не для вас"),
        tasklist("claiming another role's task", M + ".finance",
            c -> c.postEngine("task/" + open.taskId() + "/claim", Map.of("userId", M + ".finance")), 403,
            "Бул тапшырма сиз үчүн эмес", "Эта задача не для вас"),
        tasklist("starting a process one may not start", M + ".finance",
            c -> c.postEngine("process-definition/key/competition/submit-form", Map.of("variables", Map.of())), 403,
            "Бул процессти баштоого укугуңуз жок", "У вас нет права запускать этот процесс"),
        tasklist("a task of another municipality", "karakol.deputy1",
            c -> c.getEngine("task/" + open.taskId() + "/form-variables?deserializeValues=false"), 403,
            "Бул башка муниципалитеттин иши", "Это дело другого муниципалитета"),
        // Tasklist: the person's own input, told by the form's validation, without the engine's prefix
        tasklist("a form with a required field left empty", M + ".deputy1",
            c -> c.postEngine("task/" + open.taskId() + "/submit-form", without(open.approval(), "resolutionNumber")),
            400, "«Кеңештин токтомунун номери» талаасы: толтуруу милдеттүү",
            "Поле «Номер постановления кенеша»: обязательно для заполнения"),
        tasklist("a variable the form does not have", M + ".deputy1",
            c -> c.postEngine("task/" + open.taskId() + "/submit-form", with(open.approval(), "contractAmount", 1)),
            400, "бул формада мындай талаа жок: contractAmount", "в этой форме нет такого поля: contractAmount"),
        // Cockpit: the supervisor watches and changes nothing
        cockpit("suspending an instance", c -> c.putEngine("process-instance/" + open.instance().getId() + "/suspended",
            Map.of("suspended", true))),
        cockpit("changing a variable", c -> c.putEngine("process-instance/" + open.instance().getId()
            + "/variables/budgetEnvelope", Map.of("value", 1, "type", "Integer"))),
        cockpit("deleting an instance", c -> c.deleteEngine("process-instance/" + open.instance().getId())),
        cockpit("retrying the history cleanup", c -> c.postEngine("history/cleanup?immediatelyDue=true", Map.of())),
        // Admin
        new Refusal("Admin: a user id with a space", () -> answer(admin().postEngine("user/create",
            Map.of("profile", Map.of("id", "karakol deputy3", "firstName", "Депутат"),
                "credentials", Map.of("password", "demo12345")))), 400,
            "Идентификатор туура эмес", "Неверный идентификатор"),
        new Refusal("Admin: a user that exists", () -> answer(admin().postEngine("user/create",
            Map.of("profile", Map.of("id", M + ".deputy1", "firstName", "Депутат"),
                "credentials", Map.of("password", "demo12345")))), 409,
            "Мындай идентификатору бар жазуу мурунтан эле бар", "Запись с таким идентификатором уже есть"),
        tasklist("an official creating a user", M + ".coordinator", c -> c.postEngine("user/create",
            Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "intruder1"))), 403,
            "Бул аракетке укугуңуз жок", "У вас нет права на это действие"),
        // /engine-rest, as a client program calls it
        new Refusal("/engine-rest: a body that is not JSON", () -> {
          EngineRestClient.Response response = EngineRestClient.as(port, M + ".coordinator", "demo")
              .postJson("/process-definition/key/competition/start", "{\"variables\": ");
          return answer(response.status(), response.text(), response.json());
        }, 400, "Суроо кабыл алынган жок", "Запрос не принят"),
        new Refusal("/engine-rest: a task that never was", () -> {
          EngineRestClient.Response response = EngineRestClient.as(port, M + ".deputy1", "demo")
              .get("/task/" + NO_TASK);
          return answer(response.status(), response.text(), response.json());
        }, 404, "Мындай тапшырма жок", "Такой задачи нет"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void readsInKyrgyzAndRussianWithAReferenceAndNoTechnicalText(Refusal refusal) {
    Answer answer = refusal.request().get();

    assertThat(answer.status()).as(answer.message()).isEqualTo(refusal.status());
    assertThat(answer.message()).startsWith(refusal.kyrgyzStart()).contains(" / ", refusal.russian());
    assertThat(answer.message()).containsPattern(REFERENCE);
    assertThat(answer.message()).doesNotContain(claimed.taskId(), open.taskId(), completed.taskId(), NO_TASK,
        open.instance().getId(), "Exception", "ENGINE-", "Cannot", "with id", "TASK_WORK", "UPDATE", "null",
        "ProcessDefinition", "\tat ");
  }

  @Test
  void theTechnicalTextIsLoggedUnderTheReferenceInOneLineWithoutAnError(CapturedOutput output) {
    // the tests keep expected refusals out of the build's output (application-test.yaml); here the
    // log is what is tested, at the level production writes it
    ch.qos.logback.classic.Logger refusals =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("kg.socialorder.refusals");
    ch.qos.logback.classic.Level quiet = refusals.getLevel();
    refusals.setLevel(ch.qos.logback.classic.Level.INFO);
    Answer answer;
    try {
      answer = answer(as(M + ".deputy2").postEngine("task/" + claimed.taskId() + "/submit-form",
          claimed.approval()));
    } finally {
      refusals.setLevel(quiet);
    }

    Matcher reference = REFERENCE.matcher(answer.message());
    assertThat(reference.find()).isTrue();
    List<String> lines = output.getAll().lines().filter(line -> line.contains(reference.group(1))).toList();
    assertThat(lines).singleElement().asString()
        .contains(" WARN ", "Refusal " + reference.group(1), "submit-form", M + ".deputy2",
            "Cannot submit task form " + claimed.taskId());
    assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")).toList())
        .noneMatch(line -> line.contains(claimed.taskId()));
  }

  private Refusal tasklist(String what, String user, java.util.function.Function<WebappClient,
      WebappClient.Response> request, int status, String kyrgyz, String russian) {
    return new Refusal("Tasklist: " + what, () -> answer(request.apply(as(user))), status, kyrgyz, russian);
  }

  private Refusal cockpit(String what, java.util.function.Function<WebappClient, WebappClient.Response> request) {
    return new Refusal("Cockpit: " + what, () -> answer(request.apply(supervisor())), 403,
        "Бул аракетке укугуңуз жок", "У вас нет права на это действие");
  }

  private WebappClient as(String user) {
    return sessions.computeIfAbsent(user, this::loggedIn);
  }

  private WebappClient supervisor() {
    return sessions.computeIfAbsent("supervisor@cockpit", key -> {
      WebappClient client = new WebappClient(port);
      assertThat(client.login("supervisor", "demo", "cockpit")).isEqualTo(200);
      return client;
    });
  }

  private WebappClient admin() {
    return sessions.computeIfAbsent("demo@admin", key -> {
      WebappClient client = new WebappClient(port);
      assertThat(client.login("demo", "demo", "admin")).isEqualTo(200);
      return client;
    });
  }

  private static Answer answer(WebappClient.Response response) {
    return answer(response.status(), response.text(), response.json());
  }

  /** The message a webapp shows: the JSON answer's message, or the whole body when it is not JSON. */
  private static Answer answer(int status, String text, JsonNode json) {
    return new Answer(status, json == null ? text : json.path("message").asText());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> without(Map<String, Object> form, String field) {
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) form.get("variables"));
    variables.remove(field);
    return Map.of("variables", variables);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) form.get("variables"));
    variables.put(field, Map.of("value", value));
    return Map.of("variables", variables);
  }
}
