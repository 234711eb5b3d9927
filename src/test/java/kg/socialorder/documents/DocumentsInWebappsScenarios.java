package kg.socialorder.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.socialorder.PersonName;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.portal.PortalClient;
import kg.socialorder.support.MultipartBody.FilePart;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappClient.Response;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents of a task's case in the webapps, through their API under the webapps' login and CSRF
 * token: who adds, who reads, and who is refused, as for the tasks themselves.
 */
abstract class DocumentsInWebappsScenarios extends WebappTest {

  static final String M = "karakoltown";
  static final LocalDate DEADLINE = TODAY.plusDays(30);
  static final String API = "/api/documents/";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  DocumentRegister register;
  @Autowired
  JdbcTemplate jdbc;

  CompetitionDriver driver;
  ProcessInstance competition;
  String call;
  Task paperTask;
  String caseKey;

  @BeforeEach
  void openACall() {
    driver = new CompetitionDriver(engine, intake);
    competition = driver.start(M, 500_000);
    call = driver.announce(competition, M, 450_000, DEADLINE);
    paperTask = driver.tasks(competition, "RegisterPaperApplication").get(0);
    caseKey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(competition.getId())
        .singleResult().getBusinessKey();
  }

  @Test
  void theCoordinatorAddsAPaperToTheTasksCaseAndOpensIt() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    byte[] terms = SamplePapers.pdf("Terms of reference");

    Response added = coordinator.postMultipart(API + "tasks/" + paperTask.getId(),
        Map.of("kind", "termsOfReference", "title", "Сынактын шарттары 2026", "public", "true"),
        List.of(new FilePart("file", "shartlar.pdf", terms)));

    assertThat(added.status()).as(added.text()).isEqualTo(201);
    JsonNode listed = coordinator.get(API + "tasks/" + paperTask.getId()).json();
    assertThat(listed.get("caseKey").asText()).isEqualTo(caseKey);
    assertThat(listed.get("mayUpload").asBoolean()).isTrue();
    JsonNode paper = listed.get("documents").get(0);
    assertThat(paper.get("title").asText()).isEqualTo("Сынактын шарттары 2026");
    assertThat(paper.get("kind").asText()).isEqualTo("termsOfReference");
    assertThat(paper.get("step").asText()).isEqualTo("RegisterPaperApplication");
    assertThat(paper.get("uploadedBy").asText()).isEqualTo(M + ".coordinator");
    // the tab names who added it as the webapps name people, not by login
    assertThat(paper.get("uploadedByName").asText()).isEqualTo(PersonName.of(
        engine.getIdentityService().createUserQuery().userId(M + ".coordinator").singleResult())).startsWith("Координатор ");
    assertThat(paper.get("public").asBoolean()).isTrue();

    HttpResponse<byte[]> opened = coordinator.getBytes(API + paper.get("id").asText() + "/content");
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).isEqualTo(terms);
    assertThat(opened.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(opened.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    assertThat(opened.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

    // a spreadsheet is saved, never opened in the page; a new version keeps the old
    Response sheet = coordinator.postMultipart(API + "tasks/" + paperTask.getId(),
        Map.of("kind", "projectBudget", "replaces", paper.get("familyId").asText()),
        List.of(new FilePart("file", "бюджет.xlsx", SamplePapers.xlsx())));
    assertThat(sheet.status()).as(sheet.text()).isEqualTo(201);
    JsonNode second = sheet.json().get("documents").get(0);
    assertThat(second.get("version").asInt()).isEqualTo(2);
    HttpResponse<byte[]> saved = coordinator.getBytes(API + second.get("id").asText() + "/content");
    assertThat(saved.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment").contains("filename*=UTF-8''%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82.xlsx");
    assertThat(register.family(paper.get("familyId").asText())).hasSize(2);
  }

  @Test
  void aPaperForAnotherMunicipalitysOrderIsRefusedLikeItsTasksAndNothingIsStored() {
    WebappClient other = loggedIn("karakol.coordinator");
    int before = jdbc.queryForObject("select count(*) from so_document", Integer.class);

    Response upload = other.postMultipart(API + "tasks/" + paperTask.getId(), Map.of("kind", "other"),
        List.of(new FilePart("file", "ustav.pdf", SamplePapers.pdf("foreign"))));

    assertThat(upload.status()).isEqualTo(403);
    assertThat(upload.json().get("message").asText())
        .startsWith("Бул башка муниципалитеттин иши: сизге көрүнбөйт. / Это дело другого муниципалитета: оно вам недоступно.");
    Response listed = other.get(API + "tasks/" + paperTask.getId());
    assertThat(listed.status()).as(listed.text()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from so_document", Integer.class)).isEqualTo(before);

    // nor is a paper of that order opened
    Document kept = keptByCoordinator();
    HttpResponse<byte[]> opened = other.getBytes(API + kept.id() + "/content");
    assertThat(opened.statusCode()).isEqualTo(403);
    assertThat(new String(opened.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Это дело другого муниципалитета");
  }

  @Test
  void aBadFileThroughTasklistIsRefusedNamingItAndNothingIsStored() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    int before = jdbc.queryForObject("select count(*) from so_document", Integer.class);

    Response refused = coordinator.postMultipart(API + "tasks/" + paperTask.getId(), Map.of("kind", "charter"),
        List.of(new FilePart("file", "good.pdf", SamplePapers.pdf("good")),
            new FilePart("file", "act.pdf", SamplePapers.pdfWithJavaScript())));

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("«act.pdf» PDF файлынын ичинде JavaScript",
        "В PDF-файле «act.pdf» есть JavaScript").doesNotContain("good.pdf");
    assertThat(jdbc.queryForObject("select count(*) from so_document", Integer.class)).isEqualTo(before);
  }

  @Test
  void theSupervisorOpensAnyPaperButAddsNone() {
    Document kept = keptByCoordinator();
    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);

    HttpResponse<byte[]> opened = supervisor.getBytes(API + kept.id() + "/content");
    assertThat(opened.statusCode()).as(new String(opened.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(supervisor.get(API + "cases/" + caseKey).json().get("documents")).hasSize(1);
    Response upload = supervisor.postMultipart(API + "tasks/" + paperTask.getId(), Map.of("kind", "other"),
        List.of(new FilePart("file", "note.pdf", SamplePapers.pdf("supervisor"))));
    assertThat(upload.status()).as(upload.text()).isEqualTo(403);
    assertThat(upload.json().get("message").asText()).contains("Вы можете читать документы, но не загружать их");
  }

  @Test
  void theCommissionSeesTheApplicationsPapersWhileScoringAndTheContractorDoesNot() {
    PortalClient ngo = new PortalClient(port);
    Map<String, Object> form = PortalClient.application(ngo.token("/portal/calls/" + call + "/apply"), 8001,
        400_000);
    byte[] charter = SamplePapers.pdf("Charter for scoring");
    assertThat(ngo.postMultipart("/portal/calls/" + call + "/apply", form,
        List.of(new FilePart("document.charter", "ustav.pdf", charter))).statusCode()).isEqualTo(302);
    driver.closeCall(competition);
    Task scoring = engine.getTaskService().createTaskQuery().processInstanceId(competition.getId())
        .taskAssignee(M + ".commission1").singleResult();
    assertThat(scoring).as("commission1's scoring task").isNotNull();

    WebappClient member = loggedIn(M + ".commission1");
    JsonNode papers = member.get(API + "tasks/" + scoring.getId()).json().get("documents");
    assertThat(papers).hasSize(1);
    assertThat(papers.get(0).get("applicationNumber").asText()).isEqualTo(call + "-001");
    assertThat(member.getBytes(API + papers.get(0).get("id").asText() + "/content").body()).isEqualTo(charter);

    WebappClient contractor = loggedIn("aimira");
    assertThat(contractor.getBytes(API + papers.get(0).get("id").asText() + "/content").statusCode())
        .isEqualTo(403);
    assertThat(new WebappClient(port).getBytes(API + papers.get(0).get("id").asText() + "/content").statusCode())
        .isEqualTo(401);
  }

  @Test
  void thePublicOpensAPublicPaperOnThePortalAndInOpenDataButNoOtherPaper() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    byte[] terms = SamplePapers.pdf("Public terms");
    JsonNode published = coordinator.postMultipart(API + "tasks/" + paperTask.getId(),
        Map.of("kind", "termsOfReference", "title", "Сынактын шарттары / Условия конкурса", "public", "true"),
        List.of(new FilePart("file", "шарттар.pdf", terms))).json().get("documents").get(0);
    JsonNode internal = coordinator.postMultipart(API + "tasks/" + paperTask.getId(), Map.of("kind", "other"),
        List.of(new FilePart("file", "note.pdf", SamplePapers.pdf("internal")))).json().get("documents").get(0);
    PortalClient visitor = new PortalClient(port);

    HttpResponse<byte[]> opened = visitor.getBytes("/portal/documents/" + published.get("id").asText() + "/"
        + java.net.URLEncoder.encode("шарттар.pdf", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).isEqualTo(terms);
    assertThat(opened.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
    assertThat(opened.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(visitor.getBytes("/portal/documents/" + internal.get("id").asText()).statusCode()).isEqualTo(404);

    String release = jdbc.queryForObject("select release_json from so_ocds_release where release_id like ?",
        String.class, "%-" + caseKey + "-document-" + published.get("id").asText());
    assertThat(release).contains("\"tenderUpdate\"", "\"documentType\":\"technicalSpecifications\"",
        "/portal/documents/" + published.get("id").asText() + "/", "\"format\":\"application/pdf\"",
        "\"language\":\"ky\"", "\"title\":\"Сынактын шарттары\"", "\"title_ru\":\"Условия конкурса\"");
    assertThat(jdbc.queryForObject("select count(*) from so_ocds_release where release_id like ?", Integer.class,
        "%-document-" + internal.get("id").asText())).isZero();
  }

  private Document keptByCoordinator() {
    WebappClient coordinator = loggedIn(M + ".coordinator");
    Response added = coordinator.postMultipart(API + "tasks/" + paperTask.getId(), Map.of("kind", "termsOfReference"),
        List.of(new FilePart("file", "shartlar.pdf", SamplePapers.pdf("Terms " + caseKey))));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return register.find(added.json().get("documents").get(0).get("id").asLong()).orElseThrow();
  }
}
