package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;

/**
 * A movement report of people already recorded for the delegation updates or confirms that record
 * instead of adding a second group: the same direction and the same people (the same count, or both
 * the whole delegation) on the same day, or on another day when the report points at them ("那10个人改成明早走").
 * Saying nothing new answers "已有记录…，无需重复"; a new time, day or transport replaces the record
 * ("已有记录：…，已更新为05:30"); a check-out's time said beside it is not the departure's ({@link CheckOutClocks}). A correction ({@link MovementCorrections}: "不是…", "…请删掉") replaces the sender's own last record
 * of that direction for the delegation, whatever its count; one that restates the event file's plan
 * takes the record back. A departure moved later gives back the meals its message cut ({@link StayingMeals}). The rest
 * of the message is taken as usual.
 */
final class KnownMovements {
    private final Event event;
    private final MovementMatches matches;
    private final Intake intake;
    private final RecordText texts;
    private final KnownGroups groups;
    private final StayingMeals staying;
    private final SplitGroups split;
    private final MovementCorrections corrections;

    KnownMovements(Event event, Ledger ledger, Recorder recorder, Intake intake) {
        this.event = event;
        this.matches = new MovementMatches(event, ledger);
        this.groups = new KnownGroups(matches, intake, new RecordText(event));
        this.split = new SplitGroups(ledger, matches, intake, new RecordText(event));
        this.intake = intake;
        this.texts = new RecordText(event);
        this.staying = new StayingMeals(event, ledger);
        this.corrections = new MovementCorrections(event, matches, recorder, intake, texts);
    }

    /** The answer when the message's one movement (of each direction) is one already recorded; else empty. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        if (!(outcome instanceof ParseOutcome.Understood u)) return Optional.empty();
        boolean correction = MovementCorrections.corrects(text);
        // 先走的15个分两批 8个… 另外7个…: batches of one recorded group replace it, said as further groups or not
        if (!correction && u.saidNow() == null)
            for (Class<?> kind : List.of(Arrival.class, Departure.class)) {
                Optional<Answer> batches = split.batches(u, kind, text, asked);
                if (batches.isPresent()) return batches;
            }
        if (u.further()) return Optional.empty();
        for (Record r : u.records()) {
            if (!(r instanceof Movement m) || !MovementMatches.mayReport(m, asked)) continue;
            // people arriving as they are reported may come in groups of the same size
            if (m instanceof Arrival && u.saidNow() != null) continue;
            if (u.records().stream().filter(x -> x.getClass() == m.getClass()).count() > 1 && !correction) {
                Optional<Answer> several = groups.answer(u, m.getClass(), text, asked);
                if (several.isPresent()) return several;
                continue;
            }
            Optional<Entry> slip = correction ? Optional.empty() : corrections.slipBackToPlan(m, text, asked);
            if (slip.isPresent()) return Optional.of(known(u, m, slip.get(), true, text, asked));
            Optional<Entry> known = !correction ? matches.same(m, text) : corrections.corrected(m, asked);
            if (known.isPresent()) return Optional.of(known(u, m, known.get(), correction, text, asked));
            // 我们今天一共走了15个 (8 and 7 recorded apart): the day's groups said again as their total
            Optional<Answer> total = correction ? Optional.empty() : split.total(u, m, text, asked);
            if (total.isPresent()) return total;
        }
        return Optional.empty();
    }

    private Answer known(
            ParseOutcome.Understood u, Movement m, Entry entry, boolean correction, String text, Asked asked) {
        Movement old = (Movement) entry.record();
        String line = "已有记录：" + texts.describe(old);
        List<Record> rest = new ArrayList<>(u.records());
        rest.remove(m);
        // a correction speaks of one group: another movement of the delegation beside it is the figure taken back
        // (更正一下 明天分两批走：…16人 G1502，…10人 G1118 of 26 recorded: a correction into batches keeps every batch)
        if (correction && !SplitGroups.said(text))
            rest.removeIf(r -> r.getClass() == m.getClass() && m.delegation().equals(((Movement) r).delegation()));
        if (correction && corrections.planned(m)) return corrections.backToPlan(entry, m, line, rest, asked, text);
        boolean back = !correction
                && ArrivedBeforeTheMorning.movesBack(
                        m, old, java.time.LocalDateTime.ofInstant(asked.now(), event.zone()));
        if (back || !correction && nothingNew(CheckOutClocks.kept(m, old, text), old)) {
            String said = line + (back ? ArrivedBeforeTheMorning.kept(m) : "，无需重复");
            if (rest.isEmpty()) return Answer.of(Reply.Kind.ANSWER, said);
            Answer a = intake.take(new ParseOutcome.Understood(rest), asked, text);
            return a.silent() ? Answer.of(Reply.Kind.ANSWER, said) : a.then(said);
        }
        Movement dated = correction ? MovementCorrections.dated(m, old, text) : m;
        Movement told = CheckOutClocks.kept(dated, old, text);
        Movement kept = correction ? MovementCorrections.keeping(told, old) : byTrainOf(told, old);
        // the rest's figure completing a whole departure keeps it whole, so the groups leaving apart stay out of it
        if (matches.whole(old) && matches.rest(kept)) kept = withCount(kept, old.count());
        Movement said = correction ? MovementCorrections.counted(kept, old, text) : kept;
        List<Record> records = new ArrayList<>(u.records().stream()
                .filter(r -> r == m || rest.contains(r))
                .map(r -> r == m ? said : r)
                .toList());
        // 航班取消了 改成明天早上7点: the meals its message cut before the new time are theirs again
        StayingMeals.Restored restored = said instanceof Departure d
                ? staying.of(entry, d, asked.now())
                : new StayingMeals.Restored(List.of(), "");
        records.addAll(restored.records());
        Answer a = intake.take(new ParseOutcome.Understood(records), asked, text, List.of(entry));
        a = retitled(a, line + "，已更新为" + change(said, old));
        return restored.line().isEmpty() || a.silent() ? a : a.then(restored.line());
    }

    /** The answer of an update headed by {@code line} instead of the edit's heading. */
    private static Answer retitled(Answer a, String line) {
        String edited = "已按修改后的消息更新：";
        if (!a.text().startsWith(edited)) return a;
        return new Answer(line + "\n" + a.text().substring(edited.length()), a.buttons(), a.kind(), a.receipt());
    }

    static Movement withCount(Movement m, Integer count) {
        return m instanceof Arrival
                ? new Arrival(m.delegation(), m.date(), m.time(), count, m.transport(), m.part())
                : new Departure(m.delegation(), m.date(), m.time(), count, m.transport(), m.part());
    }

    /** 那8个人改成下午4点走了: a new time on the same day, naming no train or flight, keeps the record's. */
    static Movement byTrainOf(Movement m, Movement old) {
        if (m.transport() != null || old.transport() == null || !m.date().equals(old.date())) return m;
        return m instanceof Arrival
                ? new Arrival(m.delegation(), m.date(), m.time(), m.count(), old.transport(), m.part())
                : new Departure(m.delegation(), m.date(), m.time(), m.count(), old.transport(), m.part());
    }

    /** Says no other day, time, part of the day or transport than the record has. */
    static boolean nothingNew(Movement m, Movement old) {
        return m.date().equals(old.date())
                && (m.time() == null || m.time().equals(old.time()))
                && (m.transport() == null || m.transport().equals(old.transport()))
                && (m.part() == null || old.time() != null || m.part() == old.part());
    }

    /** What the report changes: "05:30", "11月25日 05:30", "G1502", "6人". */
    static String change(Movement m, Movement old) {
        List<String> parts = new ArrayList<>();
        if (!m.date().equals(old.date())) parts.add(Texts.day(m.date()));
        if (m.time() != null && !m.time().equals(old.time())) parts.add(Texts.time(m.time()));
        else if (m.time() == null && m.part() != null && m.part() != old.part())
            parts.add(m.part().label());
        if (m.transport() != null && !m.transport().equals(old.transport())) parts.add(m.transport());
        if (!Objects.equals(m.count(), old.count())) parts.add(m.count() == null ? "全团" : m.count() + "人");
        return parts.isEmpty() ? "所报内容" : String.join(" ", parts);
    }
}
