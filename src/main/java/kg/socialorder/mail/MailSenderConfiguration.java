package kg.socialorder.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's SMTP server and the sender that uses it, when {@code social-order.mail.demo-server.enabled}
 * (demo profile). Otherwise Spring Boot's sender from {@code spring.mail.host}, or none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "social-order.mail.demo-server.enabled", havingValue = "true")
public class MailSenderConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  DemoMailServer demoMailServer(MailProperties properties) {
    return new DemoMailServer(properties.demoServer().port());
  }

  @Bean
  JavaMailSender demoMailSender(DemoMailServer server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(server.port());
    sender.setDefaultEncoding("UTF-8");
    // an unreachable server must fail an attempt quickly, not hold the worker
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
    sender.getJavaMailProperties().put("mail.smtp.writetimeout", "10000");
    return sender;
  }
}
