package kg.socialorder.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline of the start-up comparison: a bare Camunda 7 Spring Boot application with the webapps
 * and the REST API, nothing of this project (no processes, no portal, no demo), on the same libraries
 * and the same H2. Started by {@code StartupVersusBareBenchmark} with {@code --spring.config.name=bare}
 * and without the project's classes on the class path, so it reads only {@code bare.yaml}.
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
