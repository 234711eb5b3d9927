package kg.socialorder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kg.socialorder.competition.CallRegister;
import kg.socialorder.competition.CompetitionCall;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kg.socialorder.demo.DemoCases;
import kg.socialorder.ocds.OcdsSchema;
import kg.socialorder.support.WebappClient;
import kg.socialorder.support.WebappTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The exports over the demo's real cases, read back with the libraries people's programs use: the
 * CSV with Commons CSV, the XLSX with FastExcel's reader (numbers and dates as typed cells). Who may
 * download what: the registry anyone, the payments finance and the supervisor, a call's applications
 * its own commission only.
 */
@TestPropertySource(properties = "social-order.demo.load-cases=false")
abstract class ExportScenarios extends WebappTest {

  @Autowired
  DemoCases demoCases;
  @Autowired
  CallRegister calls;

  @BeforeEach
  void loadTheCases() {
    demoCases.load();
    clock.moveTo(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
  }

  @Test
  void theRegistryIsPublicAndReadsBackTyped() throws IOException {
    WebappClient anyone = new WebappClient(port);
    List<Row> rows = xlsx(download(anyone, "/exports/registry.xlsx", 200));
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Социалдык тапшырык / Социальный заказ");
    Row karakol = rows.stream().filter(row -> row.getCell(0).asString().startsWith("KARAKOL-")).findFirst().orElseThrow();
    assertThat(karakol.getCell(1).asString()).isEqualTo("Каракол шаары / город Каракол");
    assertThat(karakol.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(karakol.getCell(2).asNumber()).isEqualByComparingTo("2026");
    assertThat(karakol.getCell(4).getType()).isEqualTo(CellType.NUMBER);
    assertThat(karakol.getCell(4).asNumber()).isEqualByComparingTo("400000");
    assertThat(karakol.getCell(4).getDataFormatString()).isEqualTo("#,##0.00");
    assertThat(karakol.getCell(6).getType()).isEqualTo(CellType.NUMBER);
    assertThat(karakol.getCell(6).getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(karakol.getCell(6).asDate().toLocalDate()).isBefore(TODAY.plusDays(1)).isAfter(LocalDate.of(2025, 1, 1));
    assertThat(karakol.getCell(7).asNumber()).isEqualByComparingTo("2");

    List<CSVRecord> csv = csv(download(anyone, "/exports/registry.csv?municipality=omuraliev", 200));
    assertThat(csv).hasSize(1);
    assertThat(csv.get(0).get("Жыл / Год")).isEqualTo("2018");
    assertThat(new BigDecimal(csv.get(0).get("Бюджет, сом / Бюджет, сом"))).isEqualByComparingTo("300000");
    assertThat(csv.get(0).get("Абалы / Статус")).isEqualTo("Жабылды / Закрыт");
  }

  @Test
  void paymentsGoToFinanceOfTheirMunicipalityAndToTheSupervisor() throws IOException {
    List<CSVRecord> own = csv(download(loggedIn("karakoltown.finance"), "/exports/payments.csv", 200));
    assertThat(own).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).isEqualTo("Кара-Көл шаары (Жалал-Абад) / город Кара-Куль (Джалал-Абад)"));
    assertThat(own.stream().map(row -> new BigDecimal(row.get("Сумма, сом / Сумма, сом"))).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("400000");

    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);
    List<Row> all = xlsx(download(supervisor, "/exports/payments.xlsx", 200));
    assertThat(all.subList(1, all.size()).stream().map(row -> row.getCell(4).asNumber()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1190000");
    Cell paidOn = all.get(1).getCell(6);
    assertThat(paidOn.getType()).isEqualTo(CellType.NUMBER);
    assertThat(paidOn.getDataFormatString()).isEqualTo("dd.mm.yyyy");

    download(loggedIn("karakoltown.finance"), "/exports/payments.csv?municipality=katran", 400);
    download(loggedIn("karakoltown.coordinator"), "/exports/payments.csv", 403);
    download(loggedIn("aimira"), "/exports/payments.xlsx", 403);
    download(new WebappClient(port), "/exports/payments.csv", 401);
  }

  @Test
  void indicatorsFollowTheDashboardsRights() throws IOException {
    WebappClient supervisor = new WebappClient(port);
    assertThat(supervisor.login("supervisor", "demo", "cockpit")).isEqualTo(200);
    List<Row> rows = xlsx(download(supervisor, "/exports/indicators.xlsx", 200));
    assertThat(rows).hasSize(5);
    Row first = rows.get(1);
    assertThat(first.getCell(6).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCell(7).getType()).isEqualTo(CellType.NUMBER);
    assertThat(csv(download(loggedIn("omuraliev.head"), "/exports/indicators.csv", 200)))
        .extracting(row -> new BigDecimal(row.get("Жетишилди / Достигнуто")).intValue()).containsExactly(40, 96);
    assertThat(csv(download(loggedIn("karakol.coordinator"), "/exports/indicators.csv", 200))).isEmpty();
    download(loggedIn("karakol.monitor1"), "/exports/indicators.csv", 403);
    download(supervisor, "/exports/indicators.pdf", 400);
  }

  @Test
  void aCallsApplicationsGoToItsOwnCommissionOnly() throws IOException {
    CompetitionCall call = calls.publicCalls().stream().filter(c -> c.municipality().equals("karakol")).findFirst()
        .orElseThrow();
    String path = "/exports/calls/" + call.callNumber() + "/applications.";
    List<Row> rows = xlsx(download(loggedIn("karakol.commission1"), path + "xlsx", 200));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).getCell(9).getType()).isEqualTo(CellType.NUMBER);
    assertThat(rows.get(1).getCell(12).getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(csv(download(loggedIn("karakol.commission2"), path + "csv", 200))).hasSize(1);

    download(loggedIn("karakoltown.commission1"), path + "csv", 403);
    download(loggedIn("karakol.coordinator"), path + "csv", 403);
    download(loggedIn("baldargatirek"), path + "csv", 403);
    download(loggedIn("karakol.commission1"), "/exports/calls/NO-SUCH-CALL/applications.csv", 403);
  }

  @Test
  void everythingPublishedDownloadsAsOneValidRecordPackageAndPerMunicipality() throws IOException {
    WebappClient anyone = new WebappClient(port);
    String all = new String(download(anyone, "/ocds/download/records.json", 200), StandardCharsets.UTF_8);
    assertThat(OcdsSchema.recordPackageErrors(all)).isEmpty();
    JsonNode pack = new ObjectMapper().readTree(all);
    // one contracting process per theme that reached a call: Karakol has two
    assertThat(pack.path("records")).hasSize(6);
    assertThat(pack.path("packages")).hasSize(6);
    assertThat(pack.path("uri").asText()).endsWith("/ocds/download/records.json");

    String karakol = new String(download(anyone, "/ocds/download/records-karakol.json", 200), StandardCharsets.UTF_8);
    assertThat(OcdsSchema.recordPackageErrors(karakol)).isEmpty();
    JsonNode records = new ObjectMapper().readTree(karakol).path("records");
    assertThat(records).hasSize(2).allSatisfy(record -> assertThat(record.path("ocid").asText())
        .startsWith("ocds-kgmso1-KARAKOL-2026-"));
    JsonNode town = new ObjectMapper().readTree(download(anyone, "/ocds/download/records-karakoltown.json", 200));
    assertThat(town.path("records")).hasSize(1);

    download(anyone, "/ocds/download/records-nowhere.json", 400);
  }

  private static byte[] download(WebappClient client, String path, int status) {
    HttpResponse<byte[]> response = client.getFromRoot(path);
    assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(status);
    if (status == 200) {
      assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
          disposition -> assertThat(disposition).startsWith("attachment"));
    }
    return response.body();
  }

  private static List<Row> xlsx(byte[] body) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body), new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }

  private static List<CSVRecord> csv(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1))).getRecords();
  }
}
