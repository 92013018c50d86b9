package org.receptionbot.adapters.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's clock: the real one, or a pretended time that then runs on ({@code :time}). The
 * timed work follows it: each moment it passes is done once, in order. Going back in time starts
 * the rehearsal again from there (what was said stays said: the core keeps that). A jump of more
 * than {@link #SPAN} rehearses only its last {@code SPAN}, so that days skipped do not flood the chat.
 * A rehearsed time is kept ({@link SavedClock}) as it goes on, and the next run resumes from it.
 */
final class Rehearsal {

    static final Duration SPAN = Duration.ofDays(1);

    private final Clock clock;
    private final TimedWork work;
    private final SavedClock saved;
    private Duration shift = Duration.ZERO;
    private Instant reached;

    Rehearsal(Clock clock, TimedWork work) {
        this(clock, work, SavedClock.NONE);
    }

    /** Resumes the rehearsed time {@code saved} holds, if any: the moments before it stay done. */
    Rehearsal(Clock clock, TimedWork work, SavedClock saved) {
        this.clock = clock;
        this.work = work;
        this.saved = saved;
        this.reached = clock.instant();
        saved.load().ifPresent(at -> {
            shift = Duration.between(clock.instant(), at);
            reached = at;
        });
    }

    synchronized Instant now() {
        return clock.instant().plus(shift);
    }

    synchronized boolean pretending() {
        return !shift.isZero();
    }

    /** Pretends it is {@code at} from now on; null goes back to the real clock. */
    synchronized void pretend(Instant at) {
        shift = at == null ? Duration.ZERO : Duration.between(clock.instant(), at);
        Instant now = now();
        if (now.isBefore(reached)) reached = now;
        saved.save(pretending() ? now : null);
    }

    /** Does the timed work due since the last call, up to now. */
    synchronized void catchUp() {
        Instant now = now();
        if (!now.isAfter(reached)) return;
        Instant from = reached.isBefore(now.minus(SPAN)) ? now.minus(SPAN) : reached;
        reached = now;
        if (pretending()) saved.save(now);
        work.between(from, now);
    }
}
