package kg.socialorder.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator the open-data tests rely on does bite: it follows the package schema's canonical
 * references into the local release schema, and checks closed codelists and formats.
 */
class OcdsSchemaTest {

  private static final String PACKAGE = """
      {"uri": "http://localhost:8080/ocds/releases", "version": "1.1", "publishedDate": "2026-03-02T10:00:00+06:00",
       "publisher": {"name": "Test"}, "releases": [%s]}""";
  private static final String RELEASE = """
      {"ocid": "ocds-kgmso1-X-1", "id": "ocds-kgmso1-X-1-tender-1", "date": "%s", "tag": ["%s"],
       "initiationType": "tender", "tender": {"id": "X-1", "status": "%s"}}""";

  @BeforeEach
  void schemas() {
    OcdsSchema.assumePresent();
  }

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
}
