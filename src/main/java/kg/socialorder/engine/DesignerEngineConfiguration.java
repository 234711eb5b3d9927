package kg.socialorder.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings for deployments made by designers through the REST API. */
@Configuration(proxyBeanMethods = false)
public class DesignerEngineConfiguration {

  @Bean
  ProcessEnginePlugin packagedDeployment() {
    return new PackagedDeployment();
  }

  @Bean
  ProcessEnginePlugin deployerReadsOwnDeployment() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DeployerMayNotDelete());
      }
    };
  }

  /**
   * Camunda gives whoever deploys READ and DELETE on the new deployment. Deleting a deployment with
   * cascade deletes the instances that officials run on it, so the deployer gets READ only;
   * removing a deployment is the administrator's decision.
   */
  static class DeployerMayNotDelete extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
      Authentication current = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
      if (current == null || current.getUserId() == null) {
        return null;
      }
      AuthorizationEntity read = new AuthorizationEntity(AUTH_TYPE_GRANT);
      read.setUserId(current.getUserId());
      read.setResource(Resources.DEPLOYMENT);
      read.setResourceId(deployment.getId());
      read.addPermission(Permissions.READ);
      return new AuthorizationEntity[] {read};
    }
  }
}
