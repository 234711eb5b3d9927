package kg.socialorder.validation;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The engine logs every exception of a command as an error with its stack trace, including a
 * person's input that validation refused. That is the person's mistake, answered to them in their
 * language, not a fault of the system: it is logged in one line at INFO, so real errors stand out.
 */
public class RejectedInputLogFilter extends TurboFilter {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("kg.socialorder.rejected-input");

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    // SLF4J passes a trailing exception among the parameters
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException rejected) {
        LOG.info("Input refused: fields {}", rejected.fields());
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
