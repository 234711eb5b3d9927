package kg.socialorder.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The validator the open-data tests rely on does bite: it follows the package schema's canonical
 * references into the release schema among the test resources, checks closed codelists and formats,
 * codes of open codelists and fields the schema does not declare.
 */
class OcdsSchemaTest {

  private static final String PACKAGE = """
      {"uri": "http://localhost:8080/ocds/releases", "version": "1.1", "publishedDate": "2026-03-02T10:00:00+06:00",
       "publisher": {"name": "Test"}, "releases": [%s]}""";
  private static final String RELEASE = """
      {"ocid": "ocds-kgmso1-X-1", "id": "ocds-kgmso1-X-1-tender-1", "date": "%s", "tag": ["%s"],
       "initiationType": "tender", "tender": {"id": "X-1", "status": "%s"}}""";

  @Test
  void aWellFormedPackageIsValid() {
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(
        RELEASE.formatted("2026-03-02T10:00:00+06:00", "tender", "active")))).isEmpty();
  }

  @Test
  void aReleaseWithAnUnknownTagStatusOrDateIsInvalid() {
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(
        RELEASE.formatted("2026-03-02T10:00:00+06:00", "bogus", "active")))).isNotEmpty();
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(
        RELEASE.formatted("2026-03-02T10:00:00+06:00", "tender", "open")))).isNotEmpty();
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(
        RELEASE.formatted("02.03.2026", "tender", "active")))).isNotEmpty();
  }

  @Test
  void aRecordWithoutReleasesIsInvalid() {
    assertThat(OcdsSchema.recordPackageErrors("""
        {"uri": "http://localhost:8080/ocds/records", "version": "1.1", "publishedDate": "2026-03-02T10:00:00Z",
         "publisher": {"name": "Test"}, "records": [{"ocid": "ocds-kgmso1-X-1"}]}""")).isNotEmpty();
  }

  @Test
  void aCodeOutsideAnOpenCodelistAndAnUndeclaredFieldAreReported() {
    String release = """
        {"ocid": "ocds-kgmso1-X-1", "id": "ocds-kgmso1-X-1-contract", "date": "2026-03-02T10:00:00+06:00",
         "tag": ["contract"], "initiationType": "tender", "contracts": [{"id": "C-1", "awardID": "A-1",
         "milestones": [{"id": "tranche-1", "type": "%s", "title": "Транш 1", "title_ru": "Транш 1"}]%s}]}""";
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(release.formatted("financing", "")))).isEmpty();
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(release.formatted("tranche", ""))))
        .singleElement().asString().contains("milestoneType.csv", "(open)");
    assertThat(OcdsSchema.releasePackageErrors(PACKAGE.formatted(release.formatted("financing", ", \"note\": \"x\""))))
        .singleElement().asString().contains("$.releases[0].contracts[0].note", "additional field");
  }

  @Test
  void theCodelistsOfTheStandardAreAmongTheTestResources() {
    assertThat(OcdsSchema.codelist("milestoneStatus.csv")).containsExactly("scheduled", "met", "notMet", "partiallyMet");
    assertThat(OcdsSchema.codelist("currency.csv")).contains("KGS");
  }
}
