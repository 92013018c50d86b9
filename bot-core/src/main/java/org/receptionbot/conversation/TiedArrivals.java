package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.ledger.Entry;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/**
 * The expected arrivals an arrival reported as it happens is tied to ({@link ArrivalConfirmations}), recorded as
 * happened from the report, in place of the expected ones.
 */
final class TiedArrivals {
    private final Intake intake;

    TiedArrivals(Intake intake) {
        this.intake = intake;
    }

    /**
     * Records each tied arrival as one that happened, from this report: at {@code at}, when the report says they came
     * (the report's minute for people said to arrive now, never the plan's time); with the transport the report gives;
     * and the problems said {@code beside} it, as they would be alone.
     */
    Answer confirm(
            Delegation d,
            List<ExpectedArrivals.Expected> tied,
            Asked asked,
            String text,
            LocalDateTime at,
            String transport,
            List<Record> beside) {
        List<String> lines = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        List<Entry> replaced = new ArrayList<>();
        for (ExpectedArrivals.Expected x : tied) {
            Arrival a = x.arrival();
            String by = transport == null ? a.transport() : transport;
            String line = "已确认：" + d.name() + " " + x.who() + "已抵达（" + x.said() + "）";
            if (x.due().isAfter(at)) line += "，提前抵达，按" + Texts.time(at.toLocalTime()) + "计入";
            else if (x.late()) line += "，晚于原报时间，按" + Texts.day(at.toLocalDate()) + Texts.time(at.toLocalTime()) + "计入";
            else if (a.time() != null && !a.time().equals(at.toLocalTime()))
                line += "，按" + Texts.time(at.toLocalTime()) + "计入";
            lines.add(line);
            records.add(new Arrival(a.delegation(), at.toLocalDate(), at.toLocalTime(), a.count(), by));
            if (x.entry() != null) replaced.add(x.entry());
        }
        if (transport != null
                && !tied.stream().allMatch(x -> transport.equals(x.arrival().transport())))
            lines.add("车次/航班记为" + transport + "。");
        records.addAll(beside);
        String said = String.join("\n", lines);
        // recorded as reported now: a serving begun before it (since the arrival was first reported,
        // or in progress when people come early) keeps the arrival replaced, taken back only now
        Answer a = intake.take(new ParseOutcome.Understood(records), asked, text, replaced);
        if (a.kind() == Reply.Kind.REFUSAL || a.kind() == Reply.Kind.QUESTION) return a;
        String body = Receipts.rerecorded(a.text());
        return new Answer(said + "\n" + body, a.buttons(), a.kind(), a.receipt());
    }
}
