package kg.socialorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.SocialOrderProperties.Municipality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Docker set-up agrees with the application, read from the files as they are (no Docker engine is
 * needed): each compose file gives the application every setting its production profile reads from the
 * environment, points it at its own database with that database's name, user and password, mounts the
 * municipalities where the application imports them from, and checks health where the application
 * answers it; the image is built from sources that exist and the build context leaves out what is
 * built or kept locally.
 */
class DockerSetupTest {

  private static final Path DOCKER = Path.of("docker");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(SOCIAL_ORDER_[A-Z_]+)[:}]");

  @ParameterizedTest
  @ValueSource(strings = {"compose.yaml", "compose-cluster.yaml"})
  @SuppressWarnings("unchecked")
  void composeGivesTheApplicationWhatItsProfileReads(String file) throws IOException {
    Map<String, Object> compose = yaml(DOCKER.resolve(file));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
    Map<String, Object> database = services.get("database");
    Map<String, String> databaseEnvironment = (Map<String, String>) database.get("environment");
    assertThat(database).containsKey("healthcheck");

    List<String> nodes = services.entrySet().stream()
        .filter(service -> service.getValue().containsKey("build")).map(Map.Entry::getKey).toList();
    assertThat(nodes).as(file).isNotEmpty();
    for (String name : nodes) {
      Map<String, Object> node = services.get(name);
      String where = file + " " + name;
      Map<String, Object> build = (Map<String, Object>) node.get("build");
      assertThat(DOCKER.resolve((String) build.get("context")).resolve((String) build.get("dockerfile")).normalize())
          .as(where).isEqualTo(Path.of("docker/Dockerfile"));
      Map<String, String> environment = (Map<String, String>) node.get("environment");

      // the profile, and every variable it reads
      String profile = environment.get("SPRING_PROFILES_ACTIVE");
      Path profileFile = Path.of("src/main/resources/application-" + profile + ".yaml");
      assertThat(profileFile).as(where).exists();
      List<String> read = new ArrayList<>();
      Matcher variables = PLACEHOLDER.matcher(Files.readString(profileFile));
      while (variables.find()) {
        read.add(variables.group(1));
      }
      assertThat(read).contains("SOCIAL_ORDER_DB_URL", "SOCIAL_ORDER_ADMIN_PASSWORD", "SOCIAL_ORDER_PUBLIC_URL");
      assertThat(environment).as(where).containsKeys(read.toArray(String[]::new));

      // its own database, with that database's name, user and password
      assertThat(environment.get("SOCIAL_ORDER_DB_URL")).as(where)
          .isEqualTo("jdbc:postgresql://database:5432/" + databaseEnvironment.get("POSTGRES_DB"));
      assertThat(environment.get("SOCIAL_ORDER_DB_USER")).isEqualTo(databaseEnvironment.get("POSTGRES_USER"));
      assertThat(environment.get("SOCIAL_ORDER_DB_PASSWORD")).isEqualTo(databaseEnvironment.get("POSTGRES_PASSWORD"));
      // a node starts once its database (or the first node) is healthy
      assertThat((Map<String, Map<String, String>>) node.get("depends_on")).as(where)
          .allSatisfy((other, condition) -> assertThat(condition).containsEntry("condition", "service_healthy"));

      // e-mail: by default to the compose file's mail catcher, on its SMTP port
      assertThat(services).as(file).containsKey("mail");
      assertThat((String) services.get("mail").get("image")).startsWith("axllent/mailpit:");
      assertThat(environment.get("SOCIAL_ORDER_MAIL_HOST")).as(where).isEqualTo("${SOCIAL_ORDER_MAIL_HOST:-mail}");
      assertThat(environment.get("SOCIAL_ORDER_MAIL_PORT")).as(where).isEqualTo("${SOCIAL_ORDER_MAIL_PORT:-1025}");

      // the municipalities: the file mounted where the application imports it from
      String imported = environment.get("SPRING_CONFIG_IMPORT");
      assertThat(imported).as(where).startsWith("file:");
      List<Map<String, Object>> volumes = (List<Map<String, Object>>) node.get("volumes");
      assertThat(volumes).as(where).anySatisfy(volume -> {
        assertThat(volume).containsEntry("type", "bind").containsEntry("read_only", true)
            .containsEntry("target", imported.substring("file:".length()));
        assertThat((String) volume.get("source")).contains("${SOCIAL_ORDER_MUNICIPALITIES:?");
      });

      // health where the application answers it, on its port
      String healthcheck = String.join(" ", (List<String>) ((Map<String, Object>) node.get("healthcheck")).get("test"));
      assertThat(healthcheck).as(where).contains("http://localhost:" + serverPort() + "/actuator/health");
      assertThat(setting("src/main/resources/application.yaml", "management.endpoints.web.exposure.include"))
          .contains("health");
    }
  }

  @Test
  void theExampleMunicipalitiesBindAsTheApplicationReadsThem() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("example", new FileSystemResource(DOCKER.resolve("municipalities.example.yaml")))
        .forEach(environment.getPropertySources()::addFirst);
    List<Municipality> municipalities = new Binder(ConfigurationPropertySources.get(environment))
        .bind("social-order.municipalities", Bindable.listOf(Municipality.class)).get();
    assertThat(municipalities).isNotEmpty().allSatisfy(municipality -> {
      assertThat(municipality.id()).matches("[a-z0-9]+");
      assertThat(municipality.nameKy()).isNotBlank();
      assertThat(municipality.nameRu()).isNotBlank();
    });
  }

  @Test
  void theImageIsBuiltFromTheSourcesWithTheWrapperAndRunsOnThePortsTheOthersUse() throws IOException {
    String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
    assertThat(dockerfile).contains("FROM eclipse-temurin:" + javaVersion() + "-jdk AS build",
        "FROM eclipse-temurin:" + javaVersion() + "-jre", "./mvnw -B", "COPY --from=build",
        "EXPOSE " + serverPort(), "@/app/jvm.options");
    List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
    assertThat(ignored).contains(".git", "target/", "data/", "docker/municipalities.yaml");
    // every source the build copies exists and is not left out of the context
    Matcher copies = Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(dockerfile);
    int count = 0;
    while (copies.find()) {
      for (String source : copies.group(1).split(" ")) {
        assertThat(Path.of(source)).as(source).exists();
        assertThat(ignored).as(source).noneMatch(pattern -> source.startsWith(pattern.replace("/", "")));
        count++;
      }
    }
    assertThat(count).isGreaterThanOrEqualTo(5);
    String haproxy = Files.readString(DOCKER.resolve("haproxy-cluster.cfg"));
    assertThat(haproxy).contains("option httpchk GET /actuator/health", "node-a:" + serverPort(),
        "node-b:" + serverPort());
  }

  private static int serverPort() throws IOException {
    String port = setting("src/main/resources/application.yaml", "server.port");
    return port == null ? 8080 : Integer.parseInt(port);
  }

  private static String javaVersion() throws IOException {
    Matcher version = Pattern.compile("<java.version>(\\d+)</java.version>").matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).isTrue();
    return version.group(1);
  }

  private static String setting(String file, String name) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load(file, new FileSystemResource(file))
        .forEach(environment.getPropertySources()::addLast);
    return environment.getProperty(name);
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    return new Yaml().load(Files.readString(file));
  }
}
