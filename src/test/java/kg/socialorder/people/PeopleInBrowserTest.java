package kg.socialorder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import kg.socialorder.support.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo's administrator uses the people pages in a real headless Chromium, in Kyrgyz and Russian,
 * on a desktop (1280 px) and a phone (390 px): adds a municipality through the form, opens its close
 * page, and looks at Karakol's staff. Nothing on the phone is wider than its screen. Skipped without
 * Chromium; screenshots under target/screenshots/.
 */
class PeopleInBrowserTest extends PeoplePagesInBrowser {

  @Test
  void theAdministratorAddsAMunicipalityAndSeesTheStaffOnADesktopInKyrgyz() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.desktop("ky", 1280, 900);
    logIn();
    browser.get(url("/people/municipalities"));
    browser.findElement(By.id("municipalityId")).sendKeys("uzgen");
    browser.findElement(By.id("nameKy")).sendKeys("Өзгөн шаары");
    browser.findElement(By.id("nameRu")).sendKeys("город Узген");
    browser.findElement(By.cssSelector("#add button[type=submit]")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("municipality-uzgen")).getText()).contains("Өзгөн шаары", "город Узген");
    // each language's sentence names the municipality in that language
    assertThat(browser.findElement(By.id("done")).getText())
        .contains("«Өзгөн шаары» кошулду", "«город Узген» добавлен");
    shoot("people-01-municipalities-ky-1280");
    assertTablesFitThePage();

    browser.get(url("/people/municipalities/uzgen/close"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("close")));
    shoot("people-02-close-ky-1280");

    browser.get(url("/people/staff"));
    new Select(browser.findElement(By.id("municipality"))).selectByValue("karakol");
    browser.findElement(By.cssSelector("#choose button[type=submit]")).click();
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("person-karakol.coordinator")));
    shoot("people-03-staff-ky-1280");
    assertTablesFitThePage();
    assertChoicesShowWhole();
  }

  @Test
  void thePagesFitAPhoneInRussian() throws IOException {
    assumeTrue(Chromium.installed(), Chromium.MISSING);
    browser = Chromium.phone("ru", 390, 844);
    logIn();
    browser.get(url("/people/municipalities"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("municipality-karakol")));
    assertFitsTheScreen();
    shoot("people-04-municipalities-ru-390");
    browser.get(url("/people/staff?municipality=karakol"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("person-karakol.coordinator")));
    assertFitsTheScreen();
    shoot("people-05-staff-ru-390");
    assertChoicesShowWhole();
  }
}
