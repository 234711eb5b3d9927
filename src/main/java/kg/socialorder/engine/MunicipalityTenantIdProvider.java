package kg.socialorder.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Process definitions are shared by all municipalities; each instance belongs to one. A called
 * instance belongs to its caller's municipality; an instance started by an official, to the
 * official's municipality; one started by the system (demo data, tests), to the municipality named
 * in its {@code municipality} variable. An official cannot start work for another municipality:
 * the tenant is never taken from the variable when a user is logged in.
 */
public class MunicipalityTenantIdProvider implements TenantIdProvider {

  public static final String MUNICIPALITY_VARIABLE = "municipality";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Authentication user = Context.getCommandContext().getAuthentication();
    if (user != null && user.getUserId() != null) {
      List<String> tenants = user.getTenantIds();
      return tenants != null && tenants.size() == 1 ? tenants.get(0) : null;
    }
    Object named = ctx.getVariables().get(MUNICIPALITY_VARIABLE);
    return named instanceof String municipality && !municipality.isBlank() ? municipality : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
