package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import kg.socialorder.identity.Role;
import kg.socialorder.mail.DemoMailServer;
import kg.socialorder.mail.MailDelivery;
import kg.socialorder.mail.MailReading;
import kg.socialorder.support.Chromium;
import kg.socialorder.support.TempFiles;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff import's preview and the invitation's password page in a real headless Chromium, in
 * Kyrgyz on a desktop (1280 px) and in Russian on a phone (390 px), where neither is wider than the
 * screen. Skipped without Chromium; screenshots under target/screenshots/.
 */
class StaffImportInBrowserTest extends PeoplePagesInBrowser {

  @Autowired
  StaffAccounts accounts;
  @Autowired
  Invitations invitations;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  MailDelivery delivery;
  @Autowired
  DemoMailServer server;

  @BeforeEach
  void emptyServer() {
    server.start();
    server.purge();
  }

  @Test
  void theImportsPreviewAndThePasswordPageOnADesktopInKyrgyz() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.desktop("ky", 1280, 900);
    lookAt("ky-1280");
  }

  @Test
  void theImportsPreviewAndThePasswordPageOnAPhoneInRussian() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.phone("ru", 390, 844);
    lookAt("ru-390");
  }

  private void lookAt(String variant) throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Path file = TempFiles.upload("staff", ".csv", String.join("\n",
        "Аты-жөнү;Электрондук почта;Телефон;Муниципалитет;Ролу",
        "Асанова Айгүл Бекматовна;aigul." + run + "@katran.example.kg;+996 555 123 456;Катран;координатор",
        "Токтогулов Бакыт;bakyt." + run + "@katran.example.kg;0700 11 22 33;katran;депутат",
        "Башчы / Глава Катран айылдык аймагы (Баткен);katran.head@socialorder.example.kg;+996 777 000 111;katran;башчы",
        "Чужой Финансист;karakol.finance@socialorder.example.kg;;katran;финансы",
        "Без Почты;not-an-address;;katran;комиссия",
        "Космонавт;cosmo." + run + "@katran.example.kg;;Атлантида;космонавт").getBytes(StandardCharsets.UTF_8));
    logIn();
    browser.get(url("/people/import"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("file")));
    assertFitsTheScreen();
    shoot("import-01-form-" + variant);
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("form[action='/people/import'] button[type=submit]")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("count-new")));
    assertThat(browser.findElement(By.id("count-new")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("count-refused")).getText()).isEqualTo("3");
    assertFitsTheScreen();
    shoot("import-02-preview-" + variant);

    User invited = transaction.execute(status -> {
      User user = accounts.create("Чолпон Мамытова", "cholpon." + run + "@katran.example.kg", null, Role.MONITORING,
          "katran");
      invitations.invite(user, "katran", "Катран", "test");
      return user;
    });
    delivery.deliverDue();
    String link = server.received().stream().filter(m -> MailReading.raw(m).contains(invited.getEmail()))
        .map(MailReading::link).findFirst().orElseThrow();
    browser.get(url(URI.create(link).getPath()));
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    assertFitsTheScreen();
    shoot("invitation-01-form-" + variant);
    // each language greets by name, and the login is said once
    assertThat(browser.findElement(By.tagName("main")).getText())
        .containsPattern("Кош келиңиз, [^!]*" + invited.getLastName() + "!")
        .containsPattern("Добро пожаловать, [^!]*" + invited.getLastName() + "!")
        .contains(invited.getId());
    browser.findElement(By.id("password")).sendKeys("qwerty123");
    browser.findElement(By.id("passwordRepeated")).sendKeys("qwerty123");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
    assertFitsTheScreen();
    shoot("invitation-02-refused-" + variant);
  }
}
