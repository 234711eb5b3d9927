package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.PersonName;
import kg.socialorder.identity.Role;
import kg.socialorder.mail.DemoMailServer;
import kg.socialorder.mail.MailDelivery;
import kg.socialorder.mail.MailReading;
import kg.socialorder.support.HttpCalls;
import kg.socialorder.support.MultipartBody;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff import as its people use it, over HTTP with the webapps' login: a file in the words
 * people write, a preview of what changes and of every row refused and why, nothing changed before
 * the confirmation, the new people invited (read from the real SMTP server) and able to set their
 * password; the same file again changes nothing. A coordinator imports their own municipality only,
 * and neither they nor the administrator reach another municipality's people. Subclasses run them on
 * H2 and PostgreSQL.
 */
abstract class StaffImportScenarios extends WebappTest {

  @Autowired
  IdentityService identity;
  @Autowired
  Municipalities municipalities;
  @Autowired
  PeopleProperties properties;
  @Autowired
  MailDelivery delivery;
  @Autowired
  DemoMailServer server;

  String run;

  @BeforeEach
  void emptyServer() {
    server.start();
    server.purge();
    run = UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void theAdministratorPreviewsConfirmsAndImportsAgainWithoutChange() throws Exception {
    String closedTown = "closed" + run.replaceAll("[^a-z]", "x");
    municipalities.add("demo", closedTown, "Жабык " + run, "Закрытый " + run);
    municipalities.close("demo", closedTown);
    User head = user("katran.head");
    User commission = user("katran.commission1");
    String coordinator = "aigul.asanova." + run + "@katran.example.kg";
    String deputy = "Bakyt.Toktogulov." + run + "@katran.example.kg";
    String csv = String.join("\r\n",
        "ФИО;Электронная почта;Телефон;Муниципалитет;Роль",
        "Асанова Айгүл;" + coordinator + ";+996 555 123 456;Катран айылдык аймагы (Баткен);Координатор",
        "Токтогулов Бакыт;" + deputy + ";0700 11 22 33;katran;депутат местного кенеша",
        PersonName.full(head) + ";" + head.getEmail() + ";+996 777 000 111;katran;глава",
        PersonName.full(commission) + ";" + commission.getEmail().toUpperCase() + ";;Катран;commission",
        "Чужой Финансист;karakol.finance@socialorder.example.kg;;katran;финансы",
        "Без Почты;not-an-address;;katran;head",
        "Атлантидалык;atlantis." + run + "@example.kg;;Атлантида;координатор",
        "Асанова Айгүл;" + coordinator + ";;katran;координатор",
        "Космонавт;cosmo." + run + "@katran.example.kg;;katran;космонавт",
        "Инсан-Лейлек;insanleilek@socialorder.example.kg;;katran;мониторинг",
        "Жабык Кызматкер;closed." + run + "@example.kg;;" + closedTown + ";финансы",
        "");
    WebappClient admin = new WebappClient(port);
    assertThat(admin.login("demo", "demo", "admin")).isEqualTo(200);

    Preview preview = upload(admin, "staff.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    assertThat(preview.page().status()).isEqualTo(200);
    String page = HtmlUtils.htmlUnescape(preview.text());
    assertThat(count(page, "new")).isEqualTo(2);
    assertThat(count(page, "updated")).isEqualTo(1);
    assertThat(count(page, "unchanged")).isEqualTo(1);
    assertThat(count(page, "refused")).isEqualTo(7);
    assertThat(page).contains("Подтвердить и выполнить",
        "принадлежит сотруднику другого муниципалитета (karakol.finance)",
        "Неверный адрес электронной почты: «not-an-address»",
        "Такого муниципалитета нет: «Атлантида»",
        "Повтор в файле: то же, что строка 2",
        "Неизвестная роль: «космонавт»",
        "принадлежит логину исполнителя (НКО) (insanleilek)",
        "телефон: — → +996 777 000 111",
        "Муниципалитет «Жабык " + run + " / Закрытый " + run + "» закрыт");
    assertThat(identity.createUserQuery().userEmail(coordinator).count()).as("nothing before the confirmation").isZero();

    WebappClient.Response confirmed = admin.form(preview.path() + "/confirm", "_csrf", token(preview.text()));
    assertThat(confirmed.status()).isEqualTo(302);
    String report = HtmlUtils.htmlUnescape(admin.page(preview.path()).text());
    assertThat(report).contains("Подтверждено и выполнено", "aigul.asanova." + run, "bakyt.toktogulov." + run);

    User newCoordinator = identity.createUserQuery().userEmail(coordinator).singleResult();
    assertThat(newCoordinator.getId()).isEqualTo("aigul.asanova." + run);
    assertThat(identity.createUserQuery().userId(newCoordinator.getId()).memberOfGroup(Role.COORDINATOR.groupId())
        .memberOfTenant("katran").count()).isEqualTo(1);
    User newDeputy = identity.createUserQuery().userEmail(deputy.toLowerCase()).singleResult();
    assertThat(identity.createUserQuery().userId(newDeputy.getId()).memberOfGroup(Role.COUNCIL.groupId())
        .memberOfTenant("katran").count()).isEqualTo(1);
    assertThat(identity.getUserInfo(newDeputy.getId(), StaffAccounts.PHONE)).isEqualTo("0700 11 22 33");
    assertThat(identity.getUserInfo("katran.head", StaffAccounts.PHONE)).isEqualTo("+996 777 000 111");
    // the other municipality's person is as they were
    assertThat(identity.createTenantQuery().userMember("karakol.finance").list()).extracting(Tenant::getId)
        .containsExactly("karakol");
    assertThat(identity.createUserQuery().userId("karakol.finance").memberOfGroup(Role.FINANCE.groupId()).count())
        .isEqualTo(1);
    assertThat(identity.createUserQuery().userEmail("atlantis." + run + "@example.kg").count()).isZero();

    // the new people are invited; one sets a password and logs in
    delivery.deliverDue();
    MimeMessage invitation = to(coordinator);
    assertThat(MailReading.text(invitation)).contains("aigul.asanova." + run, "Катран");
    to(deputy.toLowerCase());
    String password = "Көл жээгиндеги үй " + run;
    assertThat(InvitationPage.accept(port, invitation, password)).isEqualTo(200);
    assertThat(new WebappClient(port).login(newCoordinator.getId(), password)).isEqualTo(200);

    // the same people again, as XLSX: nothing to change, no second invitation
    server.purge();
    Preview again = upload(admin, "staff.xlsx", xlsx(csv));
    String second = HtmlUtils.htmlUnescape(again.text());
    assertThat(count(second, "new")).isZero();
    assertThat(count(second, "updated")).isZero();
    assertThat(count(second, "unchanged")).isEqualTo(4);
    assertThat(second).contains("Этот файл ничего не меняет").doesNotContain("Подтвердить и выполнить");
    assertThat(admin.form(again.path() + "/confirm", "_csrf", token(admin.page("/people/import").text())).status()).isEqualTo(302);
    delivery.deliverDue();
    assertThat(server.received()).isEmpty();
  }

  @Test
  void aCoordinatorImportsTheirOwnMunicipalityOnlyAndNeverTouchesAnothersPeople() {
    User karakolMonitor = user("karakol.monitor1");
    List<String> karakolPeople = logins("karakol");
    String newcomer = "cholpon." + run + "@katran.example.kg";
    String csv = String.join("\n",
        "Аты-жөнү,Электрондук почта,Телефон,Муниципалитет,Ролу",
        "Чолпон Мамытова," + newcomer + ",,Катран,мониторинг",
        "Каракол Кызматкери,kk." + run + "@karakol.example.kg,,karakol,мониторинг",
        "Көзөмөлдөөчү,watch." + run + "@example.kg,,,көзөмөлдөөчү",
        "Жат Адам," + karakolMonitor.getEmail() + ",,katran,мониторинг");
    WebappClient coordinator = loggedIn("katran.coordinator");
    Preview preview = upload(coordinator, "staff.csv", csv.getBytes(StandardCharsets.UTF_8));
    String page = HtmlUtils.htmlUnescape(preview.text());
    assertThat(count(page, "new")).isEqualTo(1);
    assertThat(count(page, "refused")).isEqualTo(3);
    assertThat(page).contains("Вы не можете импортировать сотрудников муниципалитета «Каракол",
        "Наблюдателей и разработчиков импортирует только администратор",
        "принадлежит сотруднику другого муниципалитета (karakol.monitor1)");
    // a coordinator's pages link back to Tasklist, not to the administrator's pages
    assertThat(page).contains("/camunda/app/tasklist/default/").doesNotContain("/people/staff", "/camunda/app/admin/");

    // another coordinator neither sees nor confirms it; others may not import at all
    WebappClient other = loggedIn("karakol.coordinator");
    assertThat(other.page(preview.path()).status()).isEqualTo(404);
    assertThat(other.form(preview.path() + "/confirm", "_csrf", token(other.page("/people/import").text())).status())
        .isEqualTo(404);
    assertThat(loggedIn("katran.head").page("/people/import").status()).isEqualTo(403);
    assertThat(new WebappClient(port).page("/people/import").status()).as("to the login").isEqualTo(302);
    assertThat(coordinator.form(preview.path() + "/confirm", "_csrf", "forged").status()).isEqualTo(403);
    assertThat(identity.createUserQuery().userEmail(newcomer).count()).isZero();

    assertThat(coordinator.form(preview.path() + "/confirm", "_csrf", token(preview.text())).status()).isEqualTo(302);
    User made = identity.createUserQuery().userEmail(newcomer).singleResult();
    assertThat(identity.createTenantQuery().userMember(made.getId()).list()).extracting(Tenant::getId)
        .containsExactly("katran");
    assertThat(logins("karakol")).isEqualTo(karakolPeople);
    assertThat(PersonName.full(user("karakol.monitor1"))).isEqualTo(PersonName.full(karakolMonitor));
    assertThat(identity.createTenantQuery().userMember("karakol.monitor1").list()).extracting(Tenant::getId)
        .containsExactly("karakol");
    assertThat(identity.createUserQuery().userEmail("watch." + run + "@example.kg").count()).isZero();
    delivery.deliverDue();
    assertThat(to(newcomer)).isNotNull();
  }

  @Test
  void importingAgainSendsANewInvitationWhenTheFirstExpiredUnused() {
    String address = "asel." + run + "@katran.example.kg";
    byte[] file = ("name,email,phone,municipality,role\nАсель Жумабаева," + address + ",,katran,finance\n")
        .getBytes(StandardCharsets.UTF_8);
    WebappClient coordinator = loggedIn("katran.coordinator");
    Preview first = upload(coordinator, "staff.csv", file);
    coordinator.form(first.path() + "/confirm", "_csrf", token(first.text()));
    delivery.deliverDue();
    String expired = URI.create(MailReading.link(to(address))).getPath();

    Preview early = upload(coordinator, "staff.csv", file);
    assertThat(count(HtmlUtils.htmlUnescape(early.text()), "unchanged")).as("the link still works").isEqualTo(1);
    clock.moveBy(properties.invitationValidity().plusMinutes(1));
    Preview late = upload(coordinator, "staff.csv", file);
    String page = HtmlUtils.htmlUnescape(late.text());
    assertThat(count(page, "updated")).isEqualTo(1);
    assertThat(page).contains("новое приглашение: срок прежнего истёк");
    server.purge();
    coordinator.form(late.path() + "/confirm", "_csrf", token(late.text()));
    delivery.deliverDue();
    String fresh = URI.create(MailReading.link(to(address))).getPath();
    assertThat(fresh).isNotEqualTo(expired);
    assertThat(HttpCalls.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + fresh)).GET()).statusCode()).isEqualTo(200);
    assertThat(HttpCalls.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + expired)).GET()).statusCode()).isEqualTo(410);
  }

  @Test
  void aFileThatCannotBeReadIsRefusedNamingWhy() {
    WebappClient admin = new WebappClient(port);
    admin.login("demo", "demo", "admin");
    String form = admin.page("/people/import").text();
    WebappClient.Response refused = admin.formWithFiles("/people/import", Map.of("_csrf", token(form)),
        List.of(new MultipartBody.FilePart("file", "staff.csv", "Аты;Почта\nАйгүл;a@b.kg\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(refused.text())).contains("В первой строке нет названий столбцов: municipality, role");
    WebappClient.Response empty = admin.formWithFiles("/people/import", Map.of("_csrf", token(form)),
        List.of(new MultipartBody.FilePart("file", "staff.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0})));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(empty.text())).contains("Файл XLSX не читается");
  }

  /** An uploaded file's page and its address. */
  record Preview(String path, WebappClient.Response page) {
    String text() {
      return page.text();
    }
  }

  private Preview upload(WebappClient client, String name, byte[] bytes) {
    String form = client.page("/people/import").text();
    WebappClient.Response sent = client.formWithFiles("/people/import", Map.of("_csrf", token(form)),
        List.of(new MultipartBody.FilePart("file", name, bytes)));
    assertThat(sent.status()).as(sent.text()).isEqualTo(302);
    assertThat(sent.location()).matches(".*/people/import/[0-9a-f-]{36}");
    String path = URI.create(sent.location()).getPath();
    return new Preview(path, client.page(path));
  }

  private static long count(String page, String id) {
    Matcher count = Pattern.compile("id=\"count-" + id + "\">(\\d+)<").matcher(page);
    assertThat(count.find()).as(page).isTrue();
    return Long.parseLong(count.group(1));
  }

  private static String token(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as(html).isTrue();
    return token.group(1);
  }

  private User user(String id) {
    return identity.createUserQuery().userId(id).singleResult();
  }

  private List<String> logins(String municipality) {
    return identity.createUserQuery().memberOfTenant(municipality).orderByUserId().asc().list().stream()
        .map(u -> u.getId() + "|" + PersonName.full(u) + "|" + u.getEmail()).toList();
  }

  private MimeMessage to(String address) {
    return server.received().stream().filter(m -> MailReading.raw(m).contains(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no message to " + address));
  }

  private static byte[] xlsx(String csv) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Worksheet sheet = workbook.newWorksheet("Staff");
    String[] lines = csv.split("\r\n");
    for (int r = 0; r < lines.length; r++) {
      String[] cells = lines[r].split(";", -1);
      for (int c = 0; c < cells.length; c++) {
        sheet.value(r, c, cells[c]);
      }
    }
    workbook.finish();
    return out.toByteArray();
  }
}
