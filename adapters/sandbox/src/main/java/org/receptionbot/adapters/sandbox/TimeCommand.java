package org.receptionbot.adapters.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import org.receptionbot.summary.Texts;

/**
 * The sandbox's {@code :time}: pretends a time (or goes back to the real clock) and says, late and under a heading,
 * what fell due on the way.
 */
final class TimeCommand {
    /** A jump longer than this says that what it sends was due earlier. */
    private static final Duration LATE = Duration.ofMinutes(2);

    private final Rehearsal time;
    private final ZoneId zone;
    private final TerminalOutbox outbox;
    private final Gate gate;
    private final Consumer<String> say;

    TimeCommand(Rehearsal time, ZoneId zone, TerminalOutbox outbox, Gate gate, Consumer<String> say) {
        this.time = time;
        this.zone = zone;
        this.outbox = outbox;
        this.gate = gate;
        this.say = say;
    }

    /** {@code when}: "10:05", "11-23 07:30", "现在"; empty shows the time it is. */
    void run(String when) {
        Instant before = time.now();
        if (!when.isEmpty()) {
            if (when.equals("现在") || when.equalsIgnoreCase("now")) {
                time.pretend(null);
            } else {
                ZonedDateTime at = PretendTime.read(when, time.now().atZone(zone));
                if (at == null) {
                    say.accept("看不懂时间“" + when + "”。请写成 10:05、11-23 07:30 或 2026-11-23 07:30。");
                    return;
                }
                time.pretend(at.toInstant());
            }
        }
        say.accept((time.pretending() ? "现在假定为：" : "现在是真实时间：")
                + PretendTime.show(time.now().atZone(zone)));
        if (time.now().isAfter(before.plus(Rehearsal.SPAN))) say.accept("向后跳过了一天以上：只演练最后24小时内到点的提醒。");
        // what fell due during the jump is said now, late: a heading says so, printed only if something is
        if (time.now().isAfter(before.plus(LATE))) outbox.headNextWith(window(before, time.now()));
        try {
            if (!gate.pass(time::catchUp)) say.accept(Terminal.STOPPING);
        } finally {
            outbox.headNextWith(null);
        }
    }

    /**
     * "（以下是09:20至10:05之间到点的消息，按到点先后补发）": the window a jump's messages fell due in — its
     * last {@link Rehearsal#SPAN} when it is longer; both ends carry their date when the window spans days.
     */
    private String window(Instant from, Instant to) {
        Instant rehearsedFrom = from.isBefore(to.minus(Rehearsal.SPAN)) ? to.minus(Rehearsal.SPAN) : from;
        ZonedDateTime a = rehearsedFrom.atZone(zone);
        ZonedDateTime b = to.atZone(zone);
        boolean sameDay = a.toLocalDate().equals(b.toLocalDate());
        String start = sameDay ? Texts.time(a.toLocalTime()) : PretendTime.show(a);
        String end = sameDay ? Texts.time(b.toLocalTime()) : PretendTime.show(b);
        return "（以下是" + start + "至" + end + "之间到点的消息，按到点先后补发）";
    }
}
