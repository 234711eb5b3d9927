package kg.socialorder.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentQuery;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * Keeps a designer's deployment live across restarts of the application.
 *
 * <p>At start the engine deploys the packaged diagrams, tables and forms as one deployment named
 * {@code SpringAutoDeployment}, and with duplicate filtering redeploys all of them as soon as any
 * one differs from what that deployment name last held. A diagram a designer deployed from Modeler
 * since then (under another deployment name) would lose to the unchanged packaged copy, which would
 * become the latest version again. So before the engine deploys, a packaged diagram or decision
 * table is left out when its content is the same as when the application last deployed it and a
 * later deployment holds the latest version of a process or decision it defines. A packaged file
 * that did change is a new release of it and is deployed as before; forms are always deployed with
 * the rest, because diagrams find their forms in their own deployment.
 */
public class PackagedDeployment extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PackagedDeployment.class);

  private SpringProcessEngineConfiguration configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl processEngineConfiguration) {
    if (processEngineConfiguration instanceof SpringProcessEngineConfiguration spring) {
      configuration = spring;
    }
  }

  /** Runs after the engine is built and before the Spring configuration auto-deploys. */
  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (configuration == null || configuration.getDeploymentResources() == null) {
      return;
    }
    RepositoryService repository = processEngine.getRepositoryService();
    Map<String, String> lastDeployedIn = lastPackagedDeployments(repository);
    Resource[] kept = Arrays.stream(configuration.getDeploymentResources())
        .filter(resource -> {
          Optional<ResourceDefinition> newer = newerDeployment(repository, resource, lastDeployedIn);
          newer.ifPresent(definition -> LOG.info(
              "Packaged {} is not deployed: {} version {} (deployment {}) was deployed after it and stays the latest",
              resourceName(resource), definition.getKey(), definition.getVersion(), definition.getDeploymentId()));
          return newer.isEmpty();
        })
        .toArray(Resource[]::new);
    configuration.setDeploymentResources(kept);
  }

  /** Resource name → id of the latest packaged deployment that holds it. */
  private Map<String, String> lastPackagedDeployments(RepositoryService repository) {
    DeploymentQuery query = repository.createDeploymentQuery().deploymentName(configuration.getDeploymentName());
    if (configuration.getDeploymentTenantId() == null) {
      query.withoutTenantId();
    } else {
      query.tenantIdIn(configuration.getDeploymentTenantId());
    }
    Map<String, String> lastDeployedIn = new HashMap<>();
    for (Deployment deployment : query.orderByDeploymentTime().desc().list()) {
      for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
        lastDeployedIn.putIfAbsent(name, deployment.getId());
      }
    }
    return lastDeployedIn;
  }

  /** The latest definition from a later deployment that supersedes this unchanged packaged file. */
  private Optional<ResourceDefinition> newerDeployment(RepositoryService repository, Resource resource,
      Map<String, String> lastDeployedIn) {
    String name = resourceName(resource);
    String deploymentId = lastDeployedIn.get(name);
    if (deploymentId == null || !(name.endsWith(".bpmn") || name.endsWith(".dmn"))
        || !sameContent(repository, deploymentId, name, resource)) {
      return Optional.empty();
    }
    List<ResourceDefinition> latest = new ArrayList<>();
    repository.createProcessDefinitionQuery().deploymentId(deploymentId).list().stream()
        .filter(definition -> name.equals(definition.getResourceName()))
        .forEach(definition -> latest.add(ofTenant(repository.createProcessDefinitionQuery()
            .processDefinitionKey(definition.getKey()), configuration.getDeploymentTenantId())
            .latestVersion().singleResult()));
    repository.createDecisionDefinitionQuery().deploymentId(deploymentId).list().stream()
        .filter(definition -> name.equals(definition.getResourceName()))
        .forEach(definition -> latest.add(ofTenant(repository.createDecisionDefinitionQuery()
            .decisionDefinitionKey(definition.getKey()), configuration.getDeploymentTenantId())
            .latestVersion().singleResult()));
    return latest.stream()
        .filter(definition -> definition != null && !deploymentId.equals(definition.getDeploymentId()))
        .findFirst();
  }

  private static org.camunda.bpm.engine.repository.ProcessDefinitionQuery ofTenant(
      org.camunda.bpm.engine.repository.ProcessDefinitionQuery query, String tenantId) {
    return tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
  }

  private static org.camunda.bpm.engine.repository.DecisionDefinitionQuery ofTenant(
      org.camunda.bpm.engine.repository.DecisionDefinitionQuery query, String tenantId) {
    return tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
  }

  private static boolean sameContent(RepositoryService repository, String deploymentId, String name,
      Resource resource) {
    try (InputStream deployed = repository.getResourceAsStream(deploymentId, name);
        InputStream packaged = resource.getInputStream()) {
      return Arrays.equals(deployed.readAllBytes(), packaged.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read packaged " + name, e);
    }
  }

  /** The name the Spring configuration gives a resource when it deploys it. */
  static String resourceName(Resource resource) {
    if (resource instanceof ContextResource context) {
      return context.getPathWithinContext();
    }
    if (resource instanceof ByteArrayResource) {
      return resource.getDescription();
    }
    try {
      return resource.getFile().getAbsolutePath();
    } catch (IOException e) {
      return resource.getFilename();
    }
  }
}
