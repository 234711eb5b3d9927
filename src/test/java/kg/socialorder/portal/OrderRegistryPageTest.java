package kg.socialorder.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kg.socialorder.order.OrderRegister;
import kg.socialorder.order.OrderStatus;
import kg.socialorder.order.ThemeStatus;
import kg.socialorder.support.WebappTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public registry of social orders, read without login, filtered and escaped. */
class OrderRegistryPageTest extends WebappTest {

  @Autowired
  OrderRegister register;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theRegistryListsOrdersByMunicipalityYearAndStatus() throws Exception {
    Instant now = Instant.parse("2019-03-01T08:00:00Z");
    register.registerOrder("REGISTRYA-2019-1", "karakol", 2019, "Каракол 2019", new BigDecimal("400000"), now);
    register.orderStatus("REGISTRYA-2019-1", OrderStatus.IMPLEMENTATION, now);
    register.registerTheme("REGISTRYA-2019-1", 1, "REGISTRYA-2019-1-T1", "Эмгек мигранттарынын балдары", "Балдар",
        new BigDecimal("220000"), now);
    register.registerTheme("REGISTRYA-2019-1", 2, "REGISTRYA-2019-1-T2", "Зомбулуктан жабыркаган аялдар", "Аялдар",
        new BigDecimal("180000"), now);
    register.themeStatus("REGISTRYA-2019-1-T2", ThemeStatus.CANCELLED, "Талапка жооп берген табыштама жок", now);
    register.registerOrder("REGISTRYB-2015-1", "katran", 2015, "Балдар үчүн биригели!", new BigDecimal("150000"), now);

    String karakol2019 = get("/portal/orders?municipality=karakol&year=2019");
    assertThat(karakol2019).contains("REGISTRYA-2019-1", "Каракол 2019", "400\u00a0000\u00a0сом", "Ишке ашырылууда / Реализуется")
        .doesNotContain("REGISTRYB-2015-1");
    assertThat(get("/portal/orders?status=SELECTION")).contains("REGISTRYB-2015-1").doesNotContain("REGISTRYA-2019-1");
    // a filter the form does not offer is refused, naming it (more cases in HostileInputTest)
    HttpResponse<String> wrong = http.send(request("/portal/orders?municipality=nowhere&status=bogus&year=x"),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("«Муниципалитет» талаасы", "Поле «Статус»", "Поле «Год»")
        .doesNotContain("REGISTRYA-2019-1");
    // the form's "all" sends empty values
    assertThat(get("/portal/orders?municipality=&status=&year=")).contains("REGISTRYA-2019-1", "REGISTRYB-2015-1");

    String order = get("/portal/orders/REGISTRYA-2019-1");
    assertThat(order).contains("Эмгек мигранттарынын балдары", "220\u00a0000\u00a0сом", "Сынак / Конкурс",
        "Сынак жокко чыгарылды / Конкурс отменён", "Талапка жооп берген табыштама жок",
        "/portal/calls/REGISTRYA-2019-1-T1");
  }

  @Test
  void markupInAProgrammeNameIsShownAsText() throws Exception {
    register.registerOrder("REGISTRYC-2026-1", "omuraliev", 2026, "<script>alert(1)</script>",
        new BigDecimal("1000"), Instant.now());

    assertThat(get("/portal/orders?municipality=omuraliev")).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
    assertThat(get("/portal/orders/REGISTRYC-2026-1")).doesNotContain("<script>alert(1)");
  }

  @Test
  void anUnknownOrderIsNotFound() throws Exception {
    HttpResponse<String> response = http.send(request("/portal/orders/NOWHERE-1"),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(404);
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
  }
}
