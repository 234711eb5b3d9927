package kg.socialorder.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kg.socialorder.SocialOrderApplication;
import kg.socialorder.designer.EngineRestClient.Response;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A designer's deployment stays what new instances start on after the application restarts, also
 * when the restarted application brings a release with other changed files; a packaged diagram that
 * itself changed is a new release and is deployed.
 */
class DesignerDeploymentRestartTest {

  private static final String PACKAGED = "SpringAutoDeployment";

  @Test
  void aRestartDoesNotPutThePackagedVersionBack(@TempDir Path data) {
    String database = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("social-order");
    String runningId;
    String designedId;
    String competitionName;
    try (ConfigurableApplicationContext first = start(database)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      runningId = startProblemSelection(engine);
      int port = ((WebServerApplicationContext) first).getWebServer().getPort();

      Response deployed = EngineRestClient.as(port, "designer", "demo")
          .deploy("problem-selection", EngineRestClient.changedProblemSelection("1.1"));

      assertThat(deployed.status()).as(deployed.text()).isEqualTo(200);
      designedId = latest(engine.getRepositoryService(), "problem-selection").getId();
      assertThat(latest(engine.getRepositoryService(), "problem-selection").getVersionTag()).isEqualTo("1.1");

      // the competition diagram the application last deployed differs from the one it packages now,
      // as after a release that changed competition.bpmn
      competitionName = packagedResourceEndingWith(engine.getRepositoryService(), "/competition.bpmn");
      String older = new String(engine.getRepositoryService().getResourceAsStream(
          lastPackaged(engine.getRepositoryService()).getId(), competitionName).readAllBytes(), StandardCharsets.UTF_8)
          .replace("camunda:versionTag=\"", "camunda:versionTag=\"older-");
      engine.getRepositoryService().createDeployment().name(PACKAGED)
          .addString(competitionName, older).deploy();
      assertThat(latest(engine.getRepositoryService(), "competition").getVersionTag()).startsWith("older-");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }

    // the same database, and a package with one more file: the engine redeploys the package
    try (ConfigurableApplicationContext second = start(database,
        "--camunda.bpm.deployment-resource-pattern=classpath*:processes/**/*.bpmn,classpath*:processes/**/*.dmn,"
            + "classpath*:forms/**/*.form,classpath*:designer-release/*.bpmn")) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      RepositoryService repository = engine.getRepositoryService();

      Deployment release = lastPackaged(repository);
      assertThat(repository.getDeploymentResourceNames(release.getId()))
          .anyMatch(name -> name.endsWith("release-note.bpmn"))
          .anyMatch(name -> name.endsWith("competition.bpmn"))
          .anyMatch(name -> name.endsWith("approve-themes.form"))
          .noneMatch(name -> name.endsWith("problem-selection.bpmn"));

      assertThat(latest(repository, "problem-selection").getId()).isEqualTo(designedId);
      String started = startProblemSelection(engine);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started).singleResult()
          .getProcessDefinitionId()).isEqualTo(designedId);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(runningId).singleResult()
          .getProcessDefinitionId()).isNotEqualTo(designedId);
      // a packaged file that changed since the application last deployed it is a release: it wins
      assertThat(latest(repository, "competition").getDeploymentId()).isEqualTo(release.getId());
      assertThat(latest(repository, "competition").getVersionTag()).doesNotStartWith("older-");
    }

    // and a plain restart changes nothing
    try (ConfigurableApplicationContext third = start(database)) {
      RepositoryService repository = third.getBean(ProcessEngine.class).getRepositoryService();
      assertThat(latest(repository, "problem-selection").getId()).isEqualTo(designedId);
    }
  }

  private static ConfigurableApplicationContext start(String... arguments) {
    String[] all = new String[arguments.length + 1];
    all[0] = "--server.port=0";
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new SpringApplicationBuilder(SocialOrderApplication.class).profiles("demo", "test").run(all);
  }

  private static Deployment lastPackaged(RepositoryService repository) {
    return repository.createDeploymentQuery().deploymentName(PACKAGED).orderByDeploymentTime().desc()
        .list().get(0);
  }

  private static String packagedResourceEndingWith(RepositoryService repository, String suffix) {
    return repository.createDeploymentQuery().deploymentName(PACKAGED).list().stream()
        .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
        .filter(name -> name.endsWith(suffix) || name.equals(suffix.substring(1)))
        .findFirst().orElseThrow();
  }

  private static ProcessDefinition latest(RepositoryService repository, String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion()
        .singleResult();
  }

  private static String startProblemSelection(ProcessEngine engine) {
    return engine.getRuntimeService().startProcessInstanceByKey("problem-selection", Variables.createVariables()
        .putValue("municipality", "karakol")
        .putValue("programmeName", "Социалдык тапшырык 2026")
        .putValue("year", 2026)
        .putValue("budgetEnvelope", 400000.0)
        .putValue("themesPlanned", 1)).getId();
  }

}
