package kg.socialorder.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The official OCDS 1.1.5 release, record and package schemas and their codelists, kept unchanged with
 * their licence in {@code src/test/resources/ocds-1.1.5}. The schemas refer to each other by their
 * canonical URLs, which no test may fetch: those URLs are mapped to the files on the classpath.
 *
 * <p>A package is checked as the Open Contracting Partnership's own checker does: against the schema
 * (structure, closed codelists, formats), and then every code against its codelist, open codelists
 * included (a code outside an open codelist is what the checker warns of), and every field against
 * the schema's fields (an undeclared field is an "additional field" there). Language variants such as
 * {@code title_ru} are declared by the schema's patterns and pass.
 */
public final class OcdsSchema {

  static final String CANONICAL = "https://standard.open-contracting.org/schema/1__1__5/";
  static final String RESOURCES = "ocds-1.1.5/";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema releasePackage;
  private static JsonSchema recordPackage;
  private static JsonNode releaseSchema;
  private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

  private OcdsSchema() {}

  /** What is wrong with a release package, in one line each; empty when it is valid. */
  public static Set<String> releasePackageErrors(String json) {
    Set<String> errors = errors(schemas()[0], json);
    JsonNode pack = read(json);
    undeclared("$", pack, Set.of("uri", "version", "extensions", "publisher", "license", "publicationPolicy",
        "publishedDate", "releases", "links"), errors);
    int index = 0;
    for (JsonNode release : pack.path("releases")) {
      checkRelease("$.releases[" + index++ + "]", release, errors);
    }
    return errors;
  }

  public static Set<String> recordPackageErrors(String json) {
    Set<String> errors = errors(schemas()[1], json);
    JsonNode pack = read(json);
    undeclared("$", pack, Set.of("uri", "version", "extensions", "publisher", "license", "publicationPolicy",
        "publishedDate", "packages", "records", "links"), errors);
    int index = 0;
    for (JsonNode record : pack.path("records")) {
      String path = "$.records[" + index++ + "]";
      undeclared(path, record, Set.of("ocid", "releases", "compiledRelease", "versionedRelease"), errors);
      int number = 0;
      for (JsonNode release : record.path("releases")) {
        // a linked release (url, date, tag) or an embedded one, which is a whole release
        if (release.has("ocid")) {
          checkRelease(path + ".releases[" + number + "]", release, errors);
        }
        number++;
      }
      if (record.has("compiledRelease")) {
        checkRelease(path + ".compiledRelease", record.path("compiledRelease"), errors);
      }
    }
    return errors;
  }

  /** The codes of a codelist of the standard, e.g. {@code milestoneType.csv}: its column "Code". */
  static synchronized Set<String> codelist(String file) {
    return CODELISTS.computeIfAbsent(file, name -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(
          resource(RESOURCES + "codelists/" + name), StandardCharsets.UTF_8))) {
        int column = cells(reader.readLine()).indexOf("Code");
        return reader.lines().map(line -> cells(line).get(column))
            .collect(Collectors.toCollection(LinkedHashSet::new));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The cells of a CSV line (the codelists have no line breaks inside a cell). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static synchronized JsonSchema[] schemas() {
    if (releasePackage == null) {
      // the standard's own keywords (codelists, merge rules, deprecation) are known, so none is warned of
      JsonMetaSchema draft4 = JsonMetaSchema.builder(JsonMetaSchema.getV4()).keywords(Stream.of("codelist",
          "openCodelist", "deprecated", "omitWhenMerged", "wholeListMerge", "versionId")
          .map(NonValidationKeyword::new).toList()).build();
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
          builder -> builder.metaSchema(draft4)
              .schemaMappers(mappers -> mappers.mapPrefix(CANONICAL, "classpath:" + RESOURCES)));
      // dates, URIs and the like are checked too, not only the structure
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      releasePackage = factory.getSchema(SchemaLocation.of(CANONICAL + "release-package-schema.json"), config);
      recordPackage = factory.getSchema(SchemaLocation.of(CANONICAL + "record-package-schema.json"), config);
      try (InputStream in = resource(RESOURCES + "release-schema.json")) {
        releaseSchema = MAPPER.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new JsonSchema[] {releasePackage, recordPackage};
  }

  private static Set<String> errors(JsonSchema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void checkRelease(String path, JsonNode release, Set<String> errors) {
    walk(path, release, releaseSchema, errors);
  }

  /** Follows a value through its schema: codes against their codelists, fields against the declared ones. */
  private static void walk(String path, JsonNode value, JsonNode schema, Set<String> errors) {
    JsonNode node = resolve(schema);
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (node.has("codelist")) {
      Set<String> codes = codelist(node.path("codelist").asText());
      for (JsonNode code : value.isArray() ? value : MAPPER.createArrayNode().add(value)) {
        if (!codes.contains(code.asText())) {
          errors.add(path + ": " + code + " is not in the codelist " + node.path("codelist").asText()
              + (node.path("openCodelist").asBoolean() ? " (open)" : " (closed)"));
        }
      }
    }
    if (value.isArray() && node.has("items")) {
      int index = 0;
      for (JsonNode item : value) {
        walk(path + "[" + index++ + "]", item, node.path("items"), errors);
      }
    }
    if (value.isObject() && (node.has("properties") || node.has("patternProperties"))) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        if (node.path("properties").has(name)) {
          walk(path + "." + name, field.getValue(), node.path("properties").path(name), errors);
        } else if (!matchesPattern(node.path("patternProperties"), name)) {
          errors.add(path + "." + name + ": not a field of the schema (an additional field)");
        }
      }
    }
  }

  private static boolean matchesPattern(JsonNode patterns, String name) {
    for (Iterator<String> it = patterns.fieldNames(); it.hasNext(); ) {
      if (java.util.regex.Pattern.compile(it.next()).matcher(name).find()) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      String ref = node.path("$ref").asText();
      if (!ref.startsWith("#/definitions/")) {
        throw new IllegalStateException("Unexpected reference " + ref);
      }
      node = releaseSchema.path("definitions").path(ref.substring("#/definitions/".length()));
    }
    return node;
  }

  private static void undeclared(String path, JsonNode object, Set<String> declared, Set<String> errors) {
    object.fieldNames().forEachRemaining(name -> {
      if (!declared.contains(name)) {
        errors.add(path + "." + name + ": not a field of the schema (an additional field)");
      }
    });
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = OcdsSchema.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The OCDS schema file " + name + " is not among the test resources");
    }
    return in;
  }
}
