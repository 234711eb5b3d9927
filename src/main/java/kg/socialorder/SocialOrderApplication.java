package kg.socialorder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SocialOrderApplication {

  public static void main(String[] args) {
    SpringApplication.run(SocialOrderApplication.class, args);
  }
}
