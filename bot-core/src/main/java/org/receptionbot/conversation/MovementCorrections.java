package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * A correction of a movement said before ("不是…", "…请删掉"): it finds the sender's own last record of that direction,
 * takes back one that restates the event file's plan, and keeps of the record what the correction does not say.
 */
final class MovementCorrections {
    private static final Pattern CORRECTS = Pattern.compile("^\\s*(?:不是|不对|错了|搞错了|弄错了|更正)|请?删掉|请删除|不走[！!。，,\\s]|原计划不变"
            + "|^\\s*(?:刚才|刚刚|之前|前面|上面)?[说报写打]错了|不是[\\d一二两三四五六七八九十]+(?:个|位|名)?人?[。！!\\s]*$");
    /** The whole delegation said: a correction with these words and no figure is about all of it. */
    private static final Pattern WHOLE = Pattern.compile("全团|全体|全部|所有人|大家|都走|全走|一起走|都不在|整个团");
    /** A day said: a correction without one keeps the day of the record it corrects. */
    private static final Pattern DAY = Pattern.compile("[今明后昨前][天日早晚]|\\d{1,2}\\s*[日号]|周[一二三四五六日天]|星期|礼拜");

    private final Event event;
    private final MovementMatches matches;
    private final Recorder recorder;
    private final Intake intake;
    private final RecordText texts;

    MovementCorrections(Event event, MovementMatches matches, Recorder recorder, Intake intake, RecordText texts) {
        this.event = event;
        this.matches = matches;
        this.recorder = recorder;
        this.intake = intake;
        this.texts = texts;
    }

    /** Whether {@code text} corrects a movement said before ("不是…", "刚才说错了", "…不是3个", "请删掉"). */
    static boolean corrects(String text) {
        return CORRECTS.matcher(text).find();
    }

    /** The sender's own last record of {@code m}'s direction, off the plan first when {@code m} restates the plan. */
    Optional<Entry> corrected(Movement m, Asked asked) {
        return matches.ownLast(m, asked, planned(m) ? this::offPlan : x -> true)
                .or(() -> matches.ownLast(m, asked, x -> true));
    }

    /** A slip owned anywhere in a message ("不好意思说错了", "搞错了"). */
    private static final Pattern SLIP = Pattern.compile("[说报写打搞弄记]错了|更正|纠正");

    /**
     * The sender's own whole departure off the plan, when {@code text} owns a slip and {@code m} restates the plan ("不好意思说错了
     * 其他24个是29号下午按原计划走 不是30号", after "其他24个按原计划30号走"): the record to take back for the plan; else empty.
     */
    Optional<Entry> slipBackToPlan(Movement m, String text, Asked asked) {
        if (!SLIP.matcher(text).find() || !planned(m)) return Optional.empty();
        return matches.ownLast(m, asked, this::offPlan);
    }

    /** A whole delegation's departure on the day and at the time (if said) of the event file's plan. */
    boolean planned(Movement m) {
        if (!(m instanceof Departure) || !matches.whole(m)) return false;
        var plan = event.delegation(m.delegation()).map(Delegation::departure).orElse(null);
        return plan != null
                && plan.date().equals(m.date())
                && (m.time() == null || m.time().equals(plan.time()));
    }

    /** The record in {@code entry} (headed by {@code line}) taken back for the plan {@code m}; the {@code rest} taken. */
    Answer backToPlan(Entry entry, Movement m, String line, List<Record> rest, Asked asked, String text) {
        recorder.withdraw(List.of(entry), asked.source());
        String undone =
                line + "，已删除（按原计划" + texts.describe(m).replace(texts.delegation(m.delegation()) + " ", "") + "）";
        Answer a = rest.isEmpty() ? Answer.silence() : intake.take(new ParseOutcome.Understood(rest), asked, text);
        return a.silent() ? Answer.of(Reply.Kind.CORRECTION, undone) : a.then(undone);
    }

    /** {@code m} on the day of {@code old} when the correction {@code text} names no day. */
    static Movement dated(Movement m, Movement old, String text) {
        return !DAY.matcher(text).find() ? onDayOf(m, old) : m;
    }

    /** 不对 是今天下午走 (of 8 leaving): a correction that gives no figure and no whole delegation keeps the count. */
    static Movement counted(Movement kept, Movement old, String text) {
        return kept.count() == null
                        && old.count() != null
                        && !WHOLE.matcher(text).find()
                ? KnownMovements.withCount(kept, old.count())
                : kept;
    }

    /** A whole delegation's departure on another day than its plan's. */
    private boolean offPlan(Movement m) {
        var plan = event.delegation(m.delegation()).map(Delegation::departure).orElse(null);
        return matches.whole(m) && plan != null && !plan.date().equals(m.date());
    }

    /** {@code m} on the day of {@code old}: a correction that names no day. */
    private static Movement onDayOf(Movement m, Movement old) {
        return m instanceof Arrival
                ? new Arrival(m.delegation(), old.date(), m.time(), m.count(), m.transport(), m.part())
                : new Departure(m.delegation(), old.date(), m.time(), m.count(), m.transport(), m.part());
    }

    /** A corrected report with the record's time and transport where it says none (a count corrected). */
    static Movement keeping(Movement m, Movement old) {
        if (!m.date().equals(old.date())) return m;
        boolean untimed = m.time() == null && m.part() == null;
        var time = untimed ? old.time() : m.time();
        var part = untimed ? old.part() : m.part();
        String by = m.transport() != null ? m.transport() : old.transport();
        return m instanceof Arrival
                ? new Arrival(m.delegation(), m.date(), time, m.count(), by, part)
                : new Departure(m.delegation(), m.date(), time, m.count(), by, part);
    }
}
