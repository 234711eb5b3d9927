package kg.socialorder.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock: what every step, register and page calls "now", and what the engine's
 * timers, due dates and history follow. Its time is the engine's own (one state, never two that could
 * drift apart); moving it moves the engine's clock too, which is how tests and the demo loader reach
 * a deadline without waiting for it. In production nobody moves it and it is the system clock.
 */
public final class ProcedureClock extends Clock {

  private final ZoneId zone;

  public ProcedureClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock seen from another zone: it moves with this one. */
  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new ProcedureClock(other);
  }

  /** Today, in the municipalities' time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), zone);
  }

  /** Stops the clock at {@code instant}: it stays there until it is moved again or let go. */
  public void moveTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Moves the clock forward (or back) by {@code duration} and stops it there. */
  public void moveBy(Duration duration) {
    moveTo(instant().plus(duration));
  }

  /** Lets the clock run with the system's time again. */
  public void release() {
    ClockUtil.reset();
  }
}
