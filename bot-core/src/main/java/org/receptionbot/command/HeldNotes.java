package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.record.Record;
import org.receptionbot.summary.HeldLines;

/**
 * The 待确认 block under a board of movements or bus counts: that day's reports of the board's kind
 * held for their sender's confirmation, which the board does not count.
 */
public final class HeldNotes {
    private final HeldFigures held;
    private final HeldLines lines;

    /** @param held the reports held for a confirmation; null to show none */
    public HeldNotes(HeldFigures held, HeldLines lines) {
        this.held = held;
        this.lines = lines;
    }

    /** {@code board}, then the held reports of {@code kind} for {@code day}, not counted in {@code notIn}. */
    String under(String board, LocalDate day, Instant now, Class<? extends Record> kind, String notIn) {
        if (held == null || day == null) return board;
        String block = lines.render(of(day, now, kind), notIn).stripTrailing();
        return block.isEmpty() ? board : board + "\n" + block;
    }

    /** The reports of {@code kind} for {@code day} held for their sender's answer; none when nothing is held. */
    List<HeldFigure> of(LocalDate day, Instant now, Class<? extends Record> kind) {
        if (held == null || day == null) return List.of();
        return held.figures(day, now).stream()
                .filter(h -> kind.isInstance(h.record()))
                .toList();
    }
}
