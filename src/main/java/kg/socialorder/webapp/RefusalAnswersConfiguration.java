package kg.socialorder.webapp;

import kg.socialorder.engine.TaskWhereabouts;
import kg.socialorder.validation.ValidationMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link RefusalAnswers} around the webapps' API and /engine-rest. */
@Configuration(proxyBeanMethods = false)
public class RefusalAnswersConfiguration {

  @Bean
  FilterRegistrationBean<RefusalAnswers> refusalAnswers(ObjectProvider<ValidationMessages> messages,
      ObjectProvider<TaskWhereabouts> whereabouts) {
    FilterRegistrationBean<RefusalAnswers> registration =
        new FilterRegistrationBean<>(new RefusalAnswers(messages, whereabouts));
    registration.setName("refusal-answers");
    registration.addUrlPatterns(RefusalAnswers.PATHS);
    // after the request guards (whose 503s are already bilingual) and /engine-rest's login, around
    // the webapps' own filters and everything else that may refuse
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
