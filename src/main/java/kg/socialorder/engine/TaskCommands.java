package kg.socialorder.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The task and person of the engine's commands that Tasklist sends for a task: submit its form,
 * complete it, claim it, set or reset its assignee. The commands keep them in protected fields and
 * offer no getter.
 */
final class TaskCommands {

  private static final Field SUBMITTED = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field COMPLETED = field(CompleteTaskCmd.class, "taskId");
  private static final Field CLAIMED = field(ClaimTaskCmd.class, "taskId");
  private static final Field CLAIMANT = field(ClaimTaskCmd.class, "userId");
  private static final Field ASSIGNED = field(AbstractSetTaskPropertyCmd.class, "taskId");
  private static final Field ASSIGNEE = field(AbstractAddIdentityLinkCmd.class, "userId");

  private TaskCommands() {}

  /** Submitting a task's form or completing it. */
  static boolean completes(Command<?> command) {
    return command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd;
  }

  /** Claiming a task, or setting or resetting its assignee. */
  static boolean assigns(Command<?> command) {
    return command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd;
  }

  /** The task the command works on, or null for any other command. */
  static String taskId(Command<?> command) {
    if (command instanceof SubmitTaskFormCmd) {
      return read(SUBMITTED, command);
    }
    if (command instanceof CompleteTaskCmd) {
      return read(COMPLETED, command);
    }
    if (command instanceof ClaimTaskCmd) {
      return read(CLAIMED, command);
    }
    if (command instanceof AssignTaskCmd) {
      return read(ASSIGNED, command);
    }
    return null;
  }

  /** The assignee a claim or assignment asks for (null: reset). */
  static String newAssignee(Command<?> command) {
    if (command instanceof ClaimTaskCmd) {
      return read(CLAIMANT, command);
    }
    if (command instanceof AssignTaskCmd) {
      return read(ASSIGNEE, command);
    }
    return null;
  }

  private static String read(Field field, Command<?> command) {
    try {
      return (String) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getName() + " no longer has a field " + name, e);
    }
  }
}
