package kg.socialorder.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' plugin API ({@code /api/cockpit/plugin/…}, {@code /api/admin/plugin/…}) answers only
 * users who may open that webapp. Camunda lets any logged-in user call it and relies on the engine's
 * authorizations alone, and Cockpit's statistics count a municipality's running instances for anyone
 * who may read the process definitions: a contractor logged in to Tasklist could count the
 * competitions and contracts under way. The plugins' static scripts stay public, as the login pages
 * need them.
 */
@Configuration(proxyBeanMethods = false)
public class PluginApiAccess {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> pluginApiOnlyForTheWebappsUsers(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new AppAccessRequired());
    registration.setName("plugin-api-access");
    registration.addUrlPatterns(webappPath + "/api/*");
    return registration;
  }

  static class AppAccessRequired extends OncePerRequestFilter {

    /** {@code /api/<app>/plugin/<plugin>/<engine or static>/…} */
    private static final Pattern PLUGIN_API = Pattern.compile(".*/api/([^/]+)/plugin/[^/]+/([^/]+)(/.*)?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher plugin = PLUGIN_API.matcher(request.getRequestURI());
      if (plugin.matches() && !"static".equals(plugin.group(2))
          && !mayOpen(request.getSession(false), plugin.group(2), plugin.group(1))) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      chain.doFilter(request, response);
    }

    /** Not logged in at all: Camunda's own filter answers 401 as before. */
    private static boolean mayOpen(HttpSession session, String engine, String app) {
      Authentication user = WebappLogin.of(session, engine);
      if (user == null) {
        return true;
      }
      return user instanceof UserAuthentication official && official.isAuthorizedForApp(app);
    }
  }
}
