package kg.socialorder.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kg.socialorder.PublicFormat;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.ApplicationRegister;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.portal.PortalClient;
import kg.socialorder.support.MultipartBody.FilePart;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * An NGO's papers on the portal's application form, through real HTTP as a browser sends them: kept
 * with the application in one transaction, or, when any file is wrong, refused naming the file and
 * the reason in Kyrgyz and Russian, with nothing stored.
 */
abstract class DocumentsScenarios extends WebappTest {

  static final String M = "karakoltown";
  static final LocalDate DEADLINE = TODAY.plusDays(30);

  @Autowired
  ApplicationIntake intake;
  @Autowired
  ApplicationRegister applications;
  @Autowired
  DocumentRegister documents;
  @Autowired
  JdbcTemplate jdbc;

  CompetitionDriver driver;
  PortalClient browser;
  String call;
  int contentsBefore;

  @BeforeEach
  void openACall() {
    driver = new CompetitionDriver(engine, intake);
    browser = new PortalClient(port);
    ProcessInstance competition = driver.start(M, 500_000);
    call = driver.announce(competition, M, 450_000, DEADLINE);
    contentsBefore = contents();
  }

  @Test
  void anNgoSendsItsPapersWithTheApplicationAndTheReceiptListsThem() {
    byte[] charter = SamplePapers.pdf("Charter of the public fund");
    HttpResponse<String> submitted = apply(7001, List.of(
        new FilePart("document.charter", "Устав КФ «Аймира».pdf", charter),
        new FilePart("document.registrationCertificate", "күбөлүк.png", SamplePapers.png()),
        new FilePart("document.projectBudget", "budget.xlsx", SamplePapers.xlsx())));

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    String registration = call + "-001";
    List<Document> kept = documents.ofApplication(call, registration);
    assertThat(kept).extracting(Document::kind).containsExactly(DocumentKind.CHARTER,
        DocumentKind.REGISTRATION_CERTIFICATE, DocumentKind.PROJECT_BUDGET);
    assertThat(kept).extracting(Document::mediaType).containsExactly(ContentTypes.PDF, ContentTypes.PNG,
        ContentTypes.XLSX);
    Document first = kept.get(0);
    assertThat(first.fileName()).isEqualTo("Устав КФ «Аймира».pdf");
    assertThat(first.municipality()).isEqualTo(M);
    assertThat(first.step()).isEqualTo("application");
    assertThat(first.publicDocument()).isFalse();
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.size()).isEqualTo(charter.length);
    assertThat(first.contentHash()).isEqualTo(Documents.sha256(charter));
    assertThat(jdbc.queryForObject("select content from so_document_content where content_hash = ?", byte[].class,
        first.contentHash())).isEqualTo(charter);
    // a paper sent counts as declared; the receipt lists the files kept
    assertThat(applications.findByRegistrationNumber(registration).orElseThrow().declaredDocuments())
        .contains("charter", "registrationCertificate");
    String receipt = browser.get(submitted.headers().firstValue("Location").orElseThrow()
        .replaceFirst("^https?://[^/]+", "")).body();
    assertThat(HtmlUtils.htmlUnescape(receipt)).contains("Тиркелген файлдар / Приложенные файлы",
        "Устав КФ «Аймира».pdf", "күбөлүк.png", "budget.xlsx");
  }

  @Test
  void theFormMarksThePapersTheCallRequires() {
    String form = HtmlUtils.htmlUnescape(browser.get("/portal/calls/" + call + "/apply").body());

    assertThat(form).contains("enctype=\"multipart/form-data\"", "name=\"document.charter\"",
        "name=\"document.projectProposal\"", "талап кылынат / обязательный", "10,0 МБ", "25,0 МБ");
    // the five the call requires are marked, the proposal and the budget are not
    assertThat(form.split("талап кылынат / обязательный", -1)).hasSize(6);
  }

  @Test
  void aChangeOfTheApplicationKeepsTheEarlierVersionOfAPaper() {
    byte[] first = SamplePapers.pdf("Charter 2019");
    HttpResponse<String> submitted = apply(7002, List.of(new FilePart("document.charter", "ustav.pdf", first)));
    String registration = call + "-001";
    String receipt = browser.get(submitted.headers().firstValue("Location").orElseThrow()
        .replaceFirst("^https?://[^/]+", "")).body();
    java.util.regex.Matcher code = java.util.regex.Pattern.compile("class=\"secret-code\">([^<]+)<").matcher(receipt);
    assertThat(code.find()).as("a secret on the receipt").isTrue();
    String secret = code.group(1);

    Map<String, Object> change = PortalClient.application(browser.token("/portal/calls/" + call + "/apply"), 7002,
        400_000);
    change.put("registrationNumber", registration);
    change.put("secret", secret);
    byte[] second = SamplePapers.pdf("Charter 2024, amended");
    HttpResponse<String> changed = browser.postMultipart("/portal/calls/" + call + "/apply", change,
        List.of(new FilePart("document.charter", "ustav-2024.pdf", second)));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    List<Document> versions = documents.ofApplication(call, registration);
    assertThat(versions).extracting(Document::version).containsExactly(1, 2);
    assertThat(versions).extracting(Document::familyId).containsOnly(versions.get(0).familyId());
    assertThat(versions).extracting(Document::fileName).containsExactly("ustav.pdf", "ustav-2024.pdf");
    assertThat(contents()).isEqualTo(contentsBefore + 2);
  }

  @Test
  void anExecutableRenamedPdfIsRefusedNamingTheFile() {
    assertRefused(List.of(new FilePart("document.charter", "ustav.pdf", SamplePapers.windowsProgram())),
        "«ustav.pdf» файлынын мазмуну (application/x-msdownload",
        "Содержимое файла «ustav.pdf» (application/x-msdownload");
  }

  @Test
  void aFileOverTheLimitIsRefusedNamingTheFileAndTheLimit() {
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    byte[] pdf = SamplePapers.pdf("large");
    System.arraycopy(pdf, 0, large, 0, pdf.length);
    assertRefused(List.of(new FilePart("document.activityReport", "otchet.pdf", large)),
        "«otchet.pdf» файлы өтө чоң (10,0 МБ): бир файл эң көбү 10,0 МБ",
        "Файл «otchet.pdf» слишком большой (10,0 МБ): один файл не больше 10,0 МБ");
  }

  @Test
  void papersTogetherOverTheApplicationLimitAreRefused() {
    List<FilePart> files = IntStream.range(0, 3).mapToObj(i -> {
      byte[] big = new byte[9 * 1024 * 1024];
      byte[] pdf = SamplePapers.pdf("part " + i);
      System.arraycopy(pdf, 0, big, 0, pdf.length);
      return new FilePart("document.projectProposal", "part" + i + ".pdf", big);
    }).toList();
    assertRefused(files, "«part2.pdf» файлы кабыл алынган жок: табыштаманын документтери чогуу эң көбү 25,0 МБ",
        "Файл «part2.pdf» не принят: документы заявки вместе не больше 25,0 МБ, с этим файлом 27,0 МБ");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertRefused(List.of(new FilePart("document.taxClearance", "spravka.pdf", new byte[0])),
        "«spravka.pdf» файлы бош (0 байт)", "Файл «spravka.pdf» пуст (0 байт)");
  }

  @Test
  void aNameThatIsAPathIsRefused() {
    assertRefused(List.of(new FilePart("document.charter", "../../etc/ustav.pdf", SamplePapers.pdf("x"))),
        "«../../etc/ustav.pdf» файлынын атында папканын жолу бар",
        "В имени файла «../../etc/ustav.pdf» есть путь к папке");
  }

  @Test
  void aNameWithControlCharactersIsRefused() {
    assertRefused(List.of(new FilePart("document.charter", "ustav\u0007\u202Efdp.exe", SamplePapers.pdf("x"))),
        "«ustav\\u0007\\u202Efdp.exe» файлынын атында башкаруучу белгилер бар",
        "В имени файла «ustav\\u0007\\u202Efdp.exe» есть управляющие символы");
  }

  @Test
  void aPdfWithJavaScriptIsRefused() {
    assertRefused(List.of(new FilePart("document.charter", "ustav.pdf", SamplePapers.pdfWithJavaScript())),
        "«ustav.pdf» PDF файлынын ичинде JavaScript же программа иштетүүчү аракет бар",
        "В PDF-файле «ustav.pdf» есть JavaScript или действие, запускающее программу");
  }

  @Test
  void fiftyFilesAtOnceAreRefused() {
    List<FilePart> files = new ArrayList<>();
    byte[] pdf = SamplePapers.pdf("page");
    for (int i = 1; i <= 50; i++) {
      files.add(new FilePart("document.projectProposal", "page" + i + ".pdf", pdf));
    }
    assertRefused(files, "Бир жолу 50 файл жөнөтүлдү, эң көбү 20 болот: «page21.pdf» жана андан кийинкилери",
        "Отправлено 50 файлов за раз, можно не больше 20: «page21.pdf» и следующие не приняты");
  }

  @Test
  void aPaperAfterTheDeadlineIsRefusedNamingTheFile() {
    // the form was opened before the deadline, and sent after it
    Map<String, Object> fields = PortalClient.application(browser.token("/portal/calls/" + call + "/apply"), 7004,
        400_000);
    clock.moveTo(DEADLINE.plusDays(1).atTime(0, 5).atZone(BISHKEK).toInstant());

    HttpResponse<String> response = browser.postMultipart("/portal/calls/" + call + "/apply", fields,
        List.of(new FilePart("document.charter", "ustav.pdf", SamplePapers.pdf("late"))));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(response.body())).contains(
        "«ustav.pdf» файлы кабыл алынган жок: табыштамалар жана алардын документтери "
            + PublicFormat.day(DEADLINE) + " чейин кабыл алынган",
        "Файл «ustav.pdf» не принят: заявки и их документы принимались до " + PublicFormat.day(DEADLINE));
    assertNothingStored();
  }

  @Test
  void oneWrongFileAmongGoodOnesKeepsNoneAndSaysWhichAlongWithTheWrongFields() {
    Map<String, Object> fields = PortalClient.application(browser.token("/portal/calls/" + call + "/apply"), 7003,
        400_000);
    fields.put("email", "no");
    HttpResponse<String> response = browser.postMultipart("/portal/calls/" + call + "/apply", fields, List.of(
        new FilePart("document.charter", "ustav.pdf", SamplePapers.pdf("good")),
        new FilePart("document.registrationCertificate", "svid.pdf", SamplePapers.windowsProgram())));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(response.body())).contains("«svid.pdf»", "Электрондук почта")
        .doesNotContain("«ustav.pdf»");
    assertNothingStored();
  }

  private HttpResponse<String> apply(long tax, List<FilePart> files) {
    Map<String, Object> fields = PortalClient.application(browser.token("/portal/calls/" + call + "/apply"), tax,
        400_000);
    return browser.postMultipart("/portal/calls/" + call + "/apply", fields, files);
  }

  private void assertRefused(List<FilePart> files, String kyrgyz, String russian) {
    HttpResponse<String> response = apply(7100, files);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(HtmlUtils.htmlUnescape(response.body())).contains(kyrgyz, russian);
    assertNothingStored();
  }

  private void assertNothingStored() {
    assertThat(applications.ofCall(call)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from so_document where call_number = ?", Integer.class, call))
        .isZero();
    assertThat(contents()).isEqualTo(contentsBefore);
  }

  private int contents() {
    return jdbc.queryForObject("select count(*) from so_document_content", Integer.class);
  }
}
