package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A movement's correction that names no day ("刚才说错了 是4个人提前走 不是3个"), which the parser asks the day of:
 * it is about the sender's own last movement of that direction for the delegation, so it takes that movement's day
 * and is read as understood, for {@link KnownMovements} to replace that record. Any other undated movement ("确认 坐的G1118
 * 9点半退房", "那5个人下午3点走 坐G1234") takes the day of the one movement of the same people and direction recorded for the
 * delegation from today on, when exactly one fits; a whole team's departure said changed with no day ("提前到6点半出发",
 * "提早半小时走") with no whole departure recorded takes the day of its plan, when that is not yet made. With no such
 * record or plan it stays asked.
 */
final class UndatedCorrections {
    private final MovementMatches matches;

    UndatedCorrections(MovementMatches matches) {
        this.matches = matches;
    }

    /** {@code read} with each undated movement of a correction dated by the record it corrects, when every gap is one. */
    ParseOutcome dated(ParseOutcome read, String text, Asked asked) {
        if (!(read instanceof ParseOutcome.Incomplete i)) return read;
        List<Record> records = new ArrayList<>(i.records());
        for (Gap g : i.gaps()) {
            Optional<Record> dated =
                    g.missing() == Gap.Field.DATE && g.draft() instanceof Movement m && m.date() == null
                            ? dayOf(m, text, asked).map(day -> dated(m, day))
                            : Optional.empty();
            if (dated.isEmpty()) return read;
            records.add(dated.get());
        }
        return new ParseOutcome.Understood(records, false, read.saidNow());
    }

    /**
     * The day of undated {@code m}: that of the record it corrects (a correction in {@code text}) or of the one record
     * of the same people ahead, else, for a whole departure said changed, its plan's day; empty when none fits.
     */
    Optional<LocalDate> dayOf(Movement m, String text, Asked asked) {
        if (!MovementMatches.mayReport(m, asked)) return Optional.empty();
        boolean corrects = MovementCorrections.corrects(text);
        return (corrects ? matches.ownLast(m, asked, x -> true) : matches.onlyAhead(m, asked.today()))
                .map(e -> ((Movement) e.record()).date())
                .or(() -> LeaveWords.changes(text) && !corrects ? matches.planAhead(m, asked.now()) : Optional.empty());
    }

    private static Record dated(Movement m, LocalDate day) {
        return m instanceof Arrival
                ? new Arrival(m.delegation(), day, m.time(), m.count(), m.transport(), m.part())
                : new Departure(m.delegation(), day, m.time(), m.count(), m.transport(), m.part());
    }
}
