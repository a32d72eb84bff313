package org.disputedesk.complaint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time the engine runs on. Domain timestamps use it too, so that a test which moves the
 * engine's clock sees deadlines and overdue flags move with it. Truncated to the microseconds
 * that H2 and PostgreSQL keep, so a stored instant reads back equal.
 */
public final class EngineClock {

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private EngineClock() {
    }
}
