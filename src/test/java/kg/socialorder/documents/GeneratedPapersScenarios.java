package kg.socialorder.documents;

import static kg.socialorder.contract.ContractDriver.lawfulGroup;
import static kg.socialorder.contract.ContractDriver.monthlyTranches;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kg.socialorder.competition.ApplicationIntake;
import kg.socialorder.competition.CompetitionDriver;
import kg.socialorder.competition.Registration;
import kg.socialorder.contract.ContractDriver;
import kg.socialorder.support.EngineTest;
import kg.socialorder.tranche.TrancheDriver;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The papers the procedure writes itself: the commission's protocol when the results are published
 * and the signed contract when it is registered, PDFs in Kyrgyz and Russian, public documents of
 * their steps.
 */
abstract class GeneratedPapersScenarios extends EngineTest {

  static final String M = "karakoltown";

  @Autowired
  ApplicationIntake intake;
  @Autowired
  DocumentRegister register;
  @Autowired
  Documents documents;

  @Test
  void theCommissionsProtocolIsKeptAsAPublicPdfWhenTheResultsArePublished() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine, intake);
    ProcessInstance competition = driver.start(M, 500_000);
    String call = driver.announce(competition, M, 450_000, TODAY.plusDays(30));
    Registration first = driver.submit(call, driver.application("«Аймира» КФ", "publicFund", "02203200610056",
        400_000, "Балдар бөтөн болбойт"));
    Registration second = driver.submit(call, driver.application("«Үмүт» КБ", "publicAssociation",
        "02203200610057", 420_000, "Үмүт борбору"));
    driver.closeCall(competition);
    driver.score(competition, List.of(
            Map.of(first.registrationNumber(), 9, second.registrationNumber(), 7),
            Map.of(first.registrationNumber(), 8, second.registrationNumber(), 8),
            Map.of(first.registrationNumber(), 10, second.registrationNumber(), 6)),
        List.of(Set.of(), Set.of(), Set.of()));
    String winner = String.valueOf(driver.variable(competition, "winnerApplicationId"));
    driver.complete(competition, driver.protocol(winner, null));
    driver.runJobs(competition);

    String caseKey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(competition.getId())
        .singleResult().getBusinessKey();
    Document protocol = register.ofCase(caseKey).stream()
        .filter(d -> d.kind() == DocumentKind.COMMISSION_PROTOCOL).findFirst().orElseThrow();
    assertThat(protocol.publicDocument()).isTrue();
    assertThat(protocol.mediaType()).isEqualTo(ContentTypes.PDF);
    assertThat(protocol.step()).isEqualTo("PublishResults");
    assertThat(text(protocol)).contains("Сынак комиссиясынын протоколу", "Протокол конкурсной комиссии",
        "«Аймира» КФ", "«Үмүт» КБ", "Жеңүүчү / Победитель", call);
    assertReadableByScreenReaders(protocol, "Сынак комиссиясынын протоколу", caseKey);
  }

  @Test
  void theSignedContractIsKeptAsAPublicPdfWhenItIsRegistered() throws IOException {
    ContractDriver driver = new ContractDriver(engine);
    TrancheDriver tranches = new TrancheDriver(engine);
    String number = "№" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance contract = driver.start(M, 200_000, "«Аймира» КФ", 200_000);
    driver.complete(contract, driver.draft(number, 200_000, "2026-03-10", "2026-12-31", "aimira",
        monthlyTranches(200_000, 2)));
    driver.complete(contract, driver.sign());
    driver.complete(contract, driver.headSignature());
    driver.complete(contract, driver.group(lawfulGroup(M)));
    String caseKey = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(contract.getId())
        .singleResult().getBusinessKey();
    assertThat(register.ofCase(caseKey)).noneMatch(d -> d.kind() == DocumentKind.SIGNED_CONTRACT);

    tranches.runJob(contract, "RegisterContract");

    Document signed = register.ofCase(caseKey).stream()
        .filter(d -> d.kind() == DocumentKind.SIGNED_CONTRACT).findFirst().orElseThrow();
    assertThat(signed.publicDocument()).isTrue();
    assertThat(signed.step()).isEqualTo("RegisterContract");
    assertThat(text(signed)).contains("Договор на выполнение социального заказа",
        "Социалдык тапшырыкты аткаруу боюнча келишим", number, "10.03.2026 – 31.12.2026", "Кара-Көл");
    assertReadableByScreenReaders(signed, "Келишим / Договор № " + number, caseKey);
  }

  /**
   * Tagged (PDF/UA): a structure tree, the language, the title shown in place of the file name, and a
   * description naming the case.
   */
  private void assertReadableByScreenReaders(Document document, String title, String caseKey) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(documents.content(document))) {
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ky");
      assertThat(pdf.getDocumentInformation().getTitle()).contains(title);
      assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.getDocumentInformation().getSubject())
          .isEqualTo("Муниципалдык социалдык тапшырык / Муниципальный социальный заказ · " + caseKey);
    }
  }

  private String text(Document document) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(documents.content(document))) {
      return new PDFTextStripper().getText(pdf);
    }
  }
}
