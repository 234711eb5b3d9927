package kg.socialorder.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.socialorder.engine.Refusal;
import kg.socialorder.engine.RefusalScope;
import kg.socialorder.identity.WebappLogin;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person completing a task or starting a process through the REST APIs may send only the fields
 * of its form. Without this, whoever may complete a task could also set any other variable of the
 * process — the contract amount, the municipality, the responsible coordinator — which no form
 * offers and no validation of that task looks at. The form is looked up as the person who sent the
 * request: a task they may not see, or a request from no one logged in, passes through unchanged
 * and the engine answers it as before.
 */
public class FormFieldsOnly extends OncePerRequestFilter {

  private static final String API = "^(?:/camunda/api/engine/engine/[^/]+|/engine-rest(?:/engine/[^/]+)?)";
  private static final Pattern TASK_SUBMIT = Pattern.compile(API + "/task/([^/]+)/(?:submit-form|complete)$");
  private static final Pattern TASK_VARIABLES = Pattern.compile(API + "/task/([^/]+)/(?:variables|localVariables)$");
  private static final Pattern TASK_VARIABLE =
      Pattern.compile(API + "/task/([^/]+)/(?:variables|localVariables)/([^/]+)(?:/data)?$");
  private static final Pattern START = Pattern.compile(
      API + "/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:submit-form|start)$");

  // servlet filters are built before the other beans: the engine is looked up on first use, so that
  // it is not created before Flyway has migrated the database
  private final ObjectProvider<ProcessEngine> engine;
  private final ObjectProvider<ValidationMessages> messages;
  private final ObjectMapper json = new ObjectMapper();

  public FormFieldsOnly(ObjectProvider<ProcessEngine> engine, ObjectProvider<ValidationMessages> messages) {
    this.engine = engine;
    this.messages = messages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return !("POST".equals(method) || "PUT".equals(method));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher submit = TASK_SUBMIT.matcher(path);
    Matcher variables = TASK_VARIABLES.matcher(path);
    Matcher variable = TASK_VARIABLE.matcher(path);
    Matcher start = START.matcher(path);
    if (variable.matches()) {
      String taskId = variable.group(1);
      refuseOrPass(request, response, chain, asThePerson(request, () -> taskFields(taskId)),
          List.of(variable.group(2)));
    } else if (submit.matches() || variables.matches()) {
      String taskId = (submit.matches() ? submit : variables).group(1);
      CachedBody body = new CachedBody(request);
      refuseOrPass(body, response, chain, asThePerson(request, () -> taskFields(taskId)),
          submittedNames(body.bytes));
    } else if (start.matches()) {
      CachedBody body = new CachedBody(request);
      refuseOrPass(body, response, chain,
          asThePerson(request, () -> startFields(start.group(1), start.group(2), start.group(3))),
          submittedNames(body.bytes));
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The form's fields as the person who sent the request may see them; none if no one is logged in. */
  private Optional<Set<String>> asThePerson(HttpServletRequest request, Supplier<Optional<Set<String>>> lookUp) {
    IdentityService identity = engine.getObject().getIdentityService();
    if (identity.getCurrentAuthentication() != null) {
      return lookUp.get();
    }
    if (!actAs(request.getSession(false), identity)) {
      return Optional.empty();
    }
    try {
      return lookUp.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** {@code /engine-rest}'s Basic-auth filter has already set the person for the engine; the webapps have not. */
  private static boolean actAs(HttpSession session, IdentityService identity) {
    if (!(WebappLogin.of(session, "default") instanceof UserAuthentication official)) {
      return false;
    }
    identity.setAuthentication(official.getIdentityId(), List.copyOf(official.getGroupIds()),
        List.copyOf(official.getTenantIds()));
    return true;
  }

  private void refuseOrPass(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      Optional<Set<String>> fields, List<String> submitted) throws ServletException, IOException {
    List<String> unknown = fields.map(known -> submitted.stream().filter(name -> !known.contains(name)).toList())
        .orElse(List.of());
    if (unknown.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    // the names are the sender's own; shown back only as plain, short words
    List<String> shown = unknown.stream().sorted().limit(5)
        .map(name -> name.replaceAll("[^\\w.-]", "?").substring(0, Math.min(name.length(), 60))).toList();
    String message = messages.getObject().refusal("notOnForm", String.join(", ", shown));
    RefusalScope.refused(Refusal.of(HttpServletResponse.SC_BAD_REQUEST, message));
    json.writeValue(response.getWriter(), Map.of("type", "InvalidRequestException", "message", message));
  }

  /** The variable names a submission sets or removes: its variables, modifications and deletions. */
  private List<String> submittedNames(byte[] body) {
    List<String> names = new ArrayList<>();
    if (body.length == 0) {
      return names;
    }
    try {
      JsonNode root = json.readTree(body);
      for (String object : List.of("variables", "modifications")) {
        root.path(object).fieldNames().forEachRemaining(names::add);
      }
      root.path("deletions").forEach(name -> names.add(name.asText()));
    } catch (IOException malformed) {
      // the REST API answers malformed JSON itself
    }
    return names;
  }

  private FormService formService() {
    return engine.getObject().getFormService();
  }

  private Optional<Set<String>> taskFields(String taskId) {
    // a task that is gone or that the person may not see is left to the engine to answer
    if (engine.getObject().getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return Optional.empty();
    }
    try (InputStream form = formService().getDeployedTaskForm(taskId)) {
      return Optional.of(fieldsOf(form));
    } catch (ProcessEngineException | IOException noFormOrNotVisible) {
      return Optional.empty();
    }
  }

  private Optional<Set<String>> startFields(String key, String tenantId, String id) {
    try {
      String definitionId = id;
      if (key != null) {
        var query = engine.getObject().getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(key).latestVersion();
        ProcessDefinition definition = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId))
            .singleResult();
        if (definition == null) {
          return Optional.empty();
        }
        definitionId = definition.getId();
      }
      if (!mayStart(definitionId)) {
        return Optional.empty();
      }
      try (InputStream form = formService().getDeployedStartForm(definitionId)) {
        return Optional.of(fieldsOf(form));
      }
    } catch (ProcessEngineException | IOException noFormOrNotVisible) {
      return Optional.empty();
    }
  }

  /** Someone who may not start the process at all gets the engine's own refusal. */
  private boolean mayStart(String definitionId) {
    return engine.getObject().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(definitionId).startablePermissionCheck().count() > 0;
  }

  /** Every variable a Camunda Form submits: the first part of each field's key and of each list's path. */
  private Set<String> fieldsOf(InputStream form) throws IOException {
    Set<String> fields = new LinkedHashSet<>();
    collect(json.readTree(form), fields);
    return fields;
  }

  private static void collect(JsonNode component, Set<String> fields) {
    for (String property : List.of("key", "path")) {
      String value = component.path(property).asText("");
      if (!value.isEmpty()) {
        fields.add(value.split("\\.", 2)[0]);
      }
    }
    for (Iterator<JsonNode> children = component.path("components").elements(); children.hasNext(); ) {
      collect(children.next(), fields);
    }
  }

  /** The request body read once here and again by the REST API. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] bytes;

    CachedBody(HttpServletRequest request) throws IOException {
      super(request);
      this.bytes = request.getInputStream().readAllBytes();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<FormFieldsOnly> formFieldsOnly(ObjectProvider<ProcessEngine> engine,
        ObjectProvider<ValidationMessages> messages) {
      FilterRegistrationBean<FormFieldsOnly> registration =
          new FilterRegistrationBean<>(new FormFieldsOnly(engine, messages));
      registration.setName("form-fields-only");
      registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
      return registration;
    }
  }
}
