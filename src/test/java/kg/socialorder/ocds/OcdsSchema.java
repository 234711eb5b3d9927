package kg.socialorder.ocds;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OCDS 1.1.5 package schemas, read from {@code ../shared/ocds-1.1.5} next to the project (never
 * copied into it). The schemas refer to each other by their canonical URLs, which no test may fetch:
 * those URLs are mapped to the local files. Where the files are absent, a test that needs them is
 * skipped, not failed.
 */
final class OcdsSchema {

  static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";
  static final Path DIRECTORY = Path.of("..", "shared", "ocds-1.1.5").toAbsolutePath().normalize();

  private static JsonSchema releasePackage;
  private static JsonSchema recordPackage;

  private OcdsSchema() {}

  /** Skips the calling test when the schemas are not next to the project. */
  static void assumePresent() {
    assumeTrue(Files.isRegularFile(DIRECTORY.resolve("release-package-schema.json"))
            && Files.isRegularFile(DIRECTORY.resolve("record-package-schema.json")),
        "The OCDS 1.1.5 schemas are not in " + DIRECTORY);
  }

  /** What is wrong with a release package, in one line each; empty when it is valid. */
  static Set<String> releasePackageErrors(String json) {
    return errors(schemas()[0], json);
  }

  static Set<String> recordPackageErrors(String json) {
    return errors(schemas()[1], json);
  }

  private static synchronized JsonSchema[] schemas() {
    assumePresent();
    if (releasePackage == null) {
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
          builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(CANONICAL, DIRECTORY.toUri().toString())));
      // dates, URIs and the like are checked too, not only the structure
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      releasePackage = factory.getSchema(SchemaLocation.of(CANONICAL + "release-package-schema.json"), config);
      recordPackage = factory.getSchema(SchemaLocation.of(CANONICAL + "record-package-schema.json"), config);
    }
    return new JsonSchema[] {releasePackage, recordPackage};
  }

  private static Set<String> errors(JsonSchema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::toString)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
