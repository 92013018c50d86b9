package org.receptionbot.app.sandbox;

import java.time.Instant;
import org.receptionbot.adapters.sandbox.TimedWork;
import org.receptionbot.reminder.CatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sandbox's timed work: the core's {@link CatchUp} over the moments its clock has passed. */
final class SandboxTimeline implements TimedWork {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxTimeline.class);

    private final CatchUp catchUp;

    SandboxTimeline(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public void between(Instant from, Instant to) {
        catchUp.between(from, to).forEach(done -> LOG.debug("{} at {}: {}", done.what(), done.at(), done.outcome()));
    }
}
