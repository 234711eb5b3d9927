package kg.socialorder.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's full history, less the value detail ({@code ACT_HI_DETAIL}) of each variable the
 * process sets for itself.
 *
 * <p>A detail row is kept for every value set through the engine's API from outside the process:
 * a form submitted in Tasklist or through the portal (with the task, its activity instance and the
 * operation of the person who completed it), a start form, a message carrying values, a variable
 * an administrator changes or deletes in Cockpit. Values the process sets for itself, in a
 * listener, a delegate, an expression, a call activity's mapping or a job, get no detail row: the
 * engine sets those while it executes the process, that is with an execution on its context stack,
 * which an API call does not have until the process moves on. Everything else full history keeps
 * is kept: the last value of every variable ({@code ACT_HI_VARINST}, which Cockpit shows),
 * decisions, the user operation log, the job log, incidents, identity links, tasks and activities.
 */
final class SubmittedValuesHistoryLevel extends AbstractHistoryLevel {

  /** The name application.yaml gives as {@code camunda.bpm.history-level}. */
  static final String NAME = "full-submitted";
  /** Stored in the engine's property {@code historyLevel}; Camunda's own levels are 0–3. */
  static final int ID = 13;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL || setFromOutsideTheProcess();
  }

  /** No execution of the process is running on this thread: the API call itself sets the value. */
  private static boolean setFromOutsideTheProcess() {
    return Context.getCoreExecutionContext() == null;
  }
}
