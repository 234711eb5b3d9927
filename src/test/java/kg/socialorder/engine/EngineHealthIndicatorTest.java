package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class EngineHealthIndicatorTest {

  @Test
  void theEngineIsDownWhenItCannotReadItsTables() {
    ProcessEngine engine = mock(ProcessEngine.class);
    ManagementService management = mock(ManagementService.class);
    when(engine.getManagementService()).thenReturn(management);
    when(management.getProperties()).thenThrow(new ProcessEngineException("Could not open JDBC connection"));

    assertThat(new EngineHealthIndicator(engine).health().getStatus()).isEqualTo(Status.DOWN);
  }
}
