package kg.socialorder.webapp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import kg.socialorder.engine.RefusalScope;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * While a request of the webapps' API or /engine-rest is served, the engine and Camunda's REST
 * layer log a failed command at ERROR with its stack trace, though most are a person's refusal
 * (a task taken by someone else, a right they lack). Those lines are held for
 * {@link RefusalAnswers}, which writes them under the answer's reference at the level the answer
 * deserves. Outside a request, nothing is held.
 */
public class EngineLogDuringRequest extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda")) {
      return FilterReply.NEUTRAL;
    }
    RefusalScope scope = RefusalScope.current();
    if (scope == null) {
      return FilterReply.NEUTRAL;
    }
    var formatted = MessageFormatter.arrayFormat(format, params, t);
    Throwable thrown = formatted.getThrowable();
    String text = formatted.getMessage() != null ? formatted.getMessage() : thrown == null ? null : thrown.toString();
    scope.logged(new RefusalScope.LogLine(logger.getName(), level.toString(), text, thrown));
    return FilterReply.DENY;
  }
}
