package kg.socialorder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;

/** The level against Camunda's full level, event type by event type, without an engine. */
class SubmittedValuesHistoryLevelTest {

  final HistoryLevel level = new SubmittedValuesHistoryLevel();

  @Test
  void everyEventFullHistoryProducesIsProducedWhileTheProcessRuns() {
    Context.setExecutionContext(new ExecutionEntity());
    try {
      assertThat(Arrays.stream(HistoryEventTypes.values())
          .filter(type -> HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(type, null))
          .filter(type -> !level.isHistoryEventProduced(type, null)))
          .containsExactly(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);
    } finally {
      Context.removeExecutionContext();
    }
  }

  @Test
  void aValueSetFromOutsideTheProcessKeepsItsDetail() {
    assertThat(Arrays.stream(HistoryEventTypes.values())
        .filter(type -> !level.isHistoryEventProduced(type, null))).isEmpty();
  }

  /** The engine stores the id in the database and checks it at start-up: it must not pass for full. */
  @Test
  void itsStoredIdIsNoneOfCamundasLevels() {
    assertThat(level.getId()).isNotIn(HistoryLevel.HISTORY_LEVEL_NONE.getId(),
        HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId(), HistoryLevel.HISTORY_LEVEL_AUDIT.getId(),
        HistoryLevel.HISTORY_LEVEL_FULL.getId());
  }
}
