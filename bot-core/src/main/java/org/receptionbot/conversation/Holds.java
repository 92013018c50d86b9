package org.receptionbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * Records held back until the sender confirms them (确认) or corrects the figure (不对，是××人): an
 * absurd figure, a visit change taking more people off a route than are on it, a count of another
 * delegation's bus ({@link GuestCounts}). A hold is kept, and shown on the boards as 待确认, until it is confirmed or
 * corrected, a newer report takes its place ({@link #replacedBy}), or the day it is for has passed.
 * A newer report settles a two-way question ({@link Choice}) about the same thing the same way.
 */
public final class Holds {
    /** How long held records let go by a newer report may still be corrected ({@link VehicleCorrections}). */
    private static final Duration RELEASED_WAIT = Duration.ofHours(1);

    private final PendingQuestions pending;
    private final Checks checks;
    private final HeldFigures held;
    private final RecordText texts;

    public Holds(PendingQuestions pending, Checks checks, HeldFigures held, RecordText texts) {
        this.pending = pending;
        this.checks = checks;
        this.held = held;
        this.texts = texts;
    }

    /** Holds records with a figure far from their delegation's size, naming each and the size. */
    Answer absurd(List<Record> records, Asked asked) {
        return hold(records, asked, "请确认以下人数（超出该团规模较多）：" + checks.absurdCounts(records));
    }

    /** Keeps the records until the sender confirms; the question says why. */
    Answer hold(List<Record> records, Asked asked, String why) {
        return hold(records, asked, why, COUNTS);
    }

    /**
     * Keeps a movement said beside something else until the sender confirms it ({@link PackedLeaveBy}): until then the
     * one that stands holds, and nothing needs saying when it does not change.
     */
    Answer holdMovement(List<Record> records, Asked asked, String why) {
        return hold(records, asked, why, MOVEMENT);
    }

    /**
     * Keeps the records until the sender confirms; {@code question} says why and what to reply instead when they are
     * not as said (figures that do not add up: {@link ArrivalQuestions#overSize}).
     */
    Answer holdAsking(List<Record> records, Asked asked, String question) {
        return hold(records, asked, question, ASKED);
    }

    private static final String ASKED = "\n确认前不计入人数，汇总中列为“待确认”；所报日期结束前确认均有效。";
    private static final String COUNTS =
            "\n确认前不计入人数，汇总和报餐提醒中列为“待确认”；所报日期结束前确认均有效。" + "\n确认无误请点“确认”或回复“确认”；如有误请回复“不对，是××人”或重新发送。";
    private static final String MOVEMENT = "\n确认前仍按原定；所报日期结束前确认均有效。\n如改，请点“确认”或回复“确认”；不改则无需回复。";

    private Answer hold(List<Record> records, Asked asked, String why, String tail) {
        String key = Keys.confirmation(asked.chat(), asked.sender().userId());
        String dropped = pending.peek(key, asked.now())
                .filter(p -> p instanceof Pending.Confirmation)
                .map(p -> dropped((Pending.Confirmation) p))
                .orElse("");
        held.hold(key, new Pending.Confirmation(records, asked.source()), asked.now());
        String text = why + tail + dropped;
        return new Answer(
                text,
                List.of(new Button("确认", new ButtonAction.Confirm(asked.sender().userId()))),
                Reply.Kind.QUESTION,
                null);
    }

    /** The held records a newer report replaces are let go; the rest of their hold still waits. */
    void replacedBy(List<Entry> applied, Instant now) {
        for (Entry e : applied) if (e.record() instanceof Arrival a) arrivalSaidAgain(e, a, now);
        List<Slots.Slot> slots =
                applied.stream().flatMap(e -> Slots.of(e.record()).stream()).toList();
        if (slots.isEmpty()) return;
        Set<String> keys = new LinkedHashSet<>();
        applied.stream()
                .map(e -> held.day(e.record(), e.source()))
                .distinct()
                .forEach(day -> held.on(day, now).forEach(l -> keys.add(l.key())));
        for (String key : keys) release(key, slots, now);
    }

    /**
     * The sender's arrivals of the delegation held for 确认 from an earlier message ("到了33人 还有1个明天到" of 33) are let
     * go when the sender reports its arrival again ("33人已到"): the newer report is the one meant.
     */
    private void arrivalSaidAgain(Entry e, Arrival a, Instant now) {
        String key = Keys.confirmation(e.source().chat(), e.source().senderId());
        if (!(pending.peek(key, now).orElse(null) instanceof Pending.Confirmation c)
                || c.question() != null
                || c.source().messageRef().equals(e.source().messageRef())) return;
        if (!c.records().stream()
                .allMatch(r -> r instanceof Arrival h && h.delegation().equals(a.delegation()))) return;
        pending.take(key, now);
        pending.put(Keys.released(c.source().chat(), c.source().senderId()), c, now.plus(RELEASED_WAIT));
    }

    private void release(String key, List<Slots.Slot> slots, Instant now) {
        if (!(pending.peek(key, now).orElse(null) instanceof Pending.Confirmation c)) return;
        List<Record> rest = new ArrayList<>(c.records());
        if (!rest.removeIf(r ->
                Slots.of(r).stream().anyMatch(h -> slots.stream().anyMatch(n -> Slots.replaces(n, h))))) return;
        if (c.question() != null) {
            Choice.settle(pending, c.source().chat(), c.source().senderId(), now);
            return;
        }
        pending.take(key, now);
        pending.put(Keys.released(c.source().chat(), c.source().senderId()), c, now.plus(RELEASED_WAIT));
        if (!rest.isEmpty()) held.hold(key, new Pending.Confirmation(rest, c.source()), now);
    }

    /** The line saying that a new hold takes the place of the sender's earlier one, not yet confirmed. */
    private String dropped(Pending.Confirmation earlier) {
        List<String> lines = earlier.records().stream().map(texts::describe).toList();
        return "\n（您此前待确认的“" + String.join("；", lines) + "”已由本条代替，未记录；如仍需记录请重新发送。）";
    }
}
