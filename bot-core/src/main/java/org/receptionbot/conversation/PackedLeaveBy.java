package org.receptionbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.StandingMovements;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedOrder;

/**
 * A packed meal ordered with the hour the team must be off by ("明天早饭打包20份 7点前走", "早饭打包15份 七点出发",
 * "6点半就走 早饭打包12份 带走"): the hour is when the portions are picked up, most often the team setting off from the
 * hotel for its train or flight. When the team's standing departure (its latest recorded whole departure, else the
 * plan) is on that day at another time, the message does not move it: the packed order is filed at once and the
 * departure said is held for the sender's 确认 ({@link Holds}), the answer naming the standing one ("原定11月30日（周一）
 * 08:30乘G1502离开，未改动"); a held departure is listed as 待确认 on the boards, so a real change is never dropped. A
 * departure said as a change ("明天改7点走 早饭打包20份", 提前, 推迟, 原定…) or with its own train or flight is recorded as
 * said, and one the same as the standing one changes nothing and is left out. The hour said to be off by where the
 * parser read the packing alone ({@link LeaveHours}) is weighed the same way, and only ever asked about.
 *
 * <p>The one owner of a departure's hour said changed against the standing one ({@link #hourChanged}): the change keeps
 * the standing train or flight unless the message names a means of travel or a ticket change; 提前 to a 1–6 o'clock hour
 * with no half of the day is the morning when only the morning is earlier than the standing departure; a move by an
 * amount ("提早半小时走") is the standing hour moved by it. The words of each family are {@link LeaveWords}'.
 */
final class PackedLeaveBy {
    /** A number of people said ("10个运动员", "5人"): those go, not the team. */
    private static final Pattern PEOPLE =
            Pattern.compile("[0-9一二两三四五六七八九十]{1,3}\\s*(?:个|位|名)?\\s*(?:人|运动员|队员|教练|选手|同志|老师|学生)");
    /** A 1–6 o'clock hour said ("6点半", "6:40", "六点"). */
    private static final Pattern SMALL_HOUR = Pattern.compile("(?<![0-9十])([1-6]|[一二两三四五六])\\s*[点:：]");

    /**
     * The records to apply now, and the departure held for 确认 with why (null when none is held).
     *
     * @param why the answer's words on the standing departure and on what 确认 does, or null
     * @param told the coordinators' notice of a departure said as changed beside the packing, or null
     */
    record Split(List<Record> now, Departure held, String why, String told) {}

    private final Event event;
    private final StandingMovements standings;
    private final LeaveByTexts texts;

    PackedLeaveBy(Event event, Ledger ledger) {
        this.event = event;
        this.standings = new StandingMovements(event, ledger);
        this.texts = new LeaveByTexts(event);
    }

    /** The message's records split when they order a packed meal beside a departure that is its pick-up hour. */
    Optional<Split> split(List<Record> records, String text, Instant sent) {
        if (text == null) return Optional.empty();
        Departure said = null;
        for (Record r : records)
            if (r instanceof Departure d && packed(records, d) && whole(d)) {
                if (said != null) return Optional.empty();
                said = d;
            }
        // 明天早饭打包15份 七点出发, read as the packing alone: the hour said to be off by, on the packed meal's day
        boolean unread = said == null;
        // 早上有8个6点就走 给他们打包8份: the part leaving is read, the hour is theirs
        if (unread && records.stream().anyMatch(r -> r instanceof Departure)) return Optional.empty();
        if (unread) said = LeaveHours.said(records, text, sent, event).orElse(null);
        if (said == null) return Optional.empty();
        Movement standing = standing(said.delegation());
        // no departure at all on record or planned (a team staying past the event's end) and fewer portions than the
        // team has ("明天早饭打包 20份 7点前走" of 36), or an hour the parser did not read as a departure ("明天早饭打包15份
        // 7点出发"): the hour is held for 确认, never recorded at once as the whole team leaving; a change said as such,
        // or a whole team said leaving ("明天早上6点走 早饭打包带走"), is recorded
        if (standing == null) {
            if (said.time() == null || !unread && (LeaveWords.changes(text) || !fewerPortions(records, sent, said)))
                return Optional.empty();
            // 有10个运动员6点就走: people of the team going out early, not the team leaving
            if (unread && PEOPLE.matcher(text).find()) return Optional.empty();
            List<Record> now = new ArrayList<>(records);
            now.remove(said);
            return Optional.of(new Split(now, said, texts.whyNone(said), null));
        }
        if (standing.time() == null || !standing.date().equals(said.date())) return Optional.empty();
        // 走之前拿: the standing departure read back changes nothing; a train or flight of its own is a change
        boolean sameBy = said.transport() == null || said.transport().equals(standing.transport());
        if (!sameBy) return Optional.empty();
        // 明天改7点走 早饭打包20份: the change is recorded and the coordinators told it beside the packing
        if (LeaveWords.changes(text) && !unread)
            return said.time() == null || said.time().equals(standing.time())
                    ? Optional.empty()
                    : Optional.of(new Split(records, null, null, texts.told(standing, said, text)));
        List<Record> now = new ArrayList<>(records);
        now.remove(said);
        if (said.time() == null || said.time().equals(standing.time()))
            return Optional.of(new Split(now, null, null, null));
        return Optional.of(new Split(now, said, texts.why(standing, said, LeaveWords.changes(text)), null));
    }

    /** The message files a packed meal of the departure's delegation (a meal matter). */
    private static boolean packed(List<Record> records, Departure d) {
        return records.stream()
                .anyMatch(r -> r instanceof Issue i
                        && i.category() == IssueCategory.MEAL
                        && d.delegation() != null
                        && d.delegation().equals(i.delegation())
                        && i.text().contains("包"));
    }

    /** The message's packed order ({@link PackedOrder}) is for fewer portions than the delegation has people. */
    private boolean fewerPortions(List<Record> records, Instant sent, Departure d) {
        int size = event.delegation(d.delegation()).map(Delegation::size).orElse(0);
        return records.stream()
                .filter(r -> r instanceof Issue i && d.delegation().equals(i.delegation()))
                .map(r -> PackedOrder.of((Issue) r, sent, event))
                .flatMap(Optional::stream)
                .anyMatch(o -> o.portions() < size);
    }

    private boolean whole(Departure d) {
        if (d.count() == null) return true;
        return event.delegation(d.delegation()).map(x -> d.count() >= x.size()).orElse(false);
    }

    /**
     * {@code records} with each departure whose hour alone is said changed weighed against the standing departure of
     * its day ({@link #hours}), the whole team's keeping the standing train or flight ("明天出发时间调整为7点": G1118
     * stays).
     */
    List<Record> hourChanged(List<Record> records, String text) {
        return each(records, text, true);
    }

    /**
     * {@code records} with each departure's hour said changed read against the standing departure of its day: as the
     * morning's ("明天提前到6点半出发" of 08:30: 06:30), or moved by the amount said ("提早半小时走" of 08:30: 08:00).
     */
    List<Record> hours(List<Record> records, String text) {
        return each(records, text, false);
    }

    private List<Record> each(List<Record> records, String text, boolean keepTrain) {
        if (text == null) return records;
        List<Record> out = new ArrayList<>(records);
        for (int i = 0; i < out.size(); i++)
            if (out.get(i) instanceof Departure d) out.set(i, hourChanged(d, text, keepTrain));
        return out.equals(records) ? records : out;
    }

    private Departure hourChanged(Departure d, String text, boolean keepTrain) {
        Movement standing = standing(d.delegation());
        if (standing == null || !standing.date().equals(d.date())) return d;
        LocalTime time = d.time() != null ? morning(d.time(), standing, text) : shifted(d, standing, text);
        if (time == null) return d;
        boolean kept = keepTrain && whole(d) && d.transport() == null && !LeaveWords.namesTransport(text);
        String transport = kept ? standing.transport() : d.transport();
        return new Departure(d.delegation(), d.date(), time, d.count(), transport, d.part());
    }

    /**
     * An afternoon hour said as a move earlier to 1–6 o'clock with no half of the day, read as the morning's when only
     * that is earlier than the standing departure; the hour as it is otherwise.
     */
    private static LocalTime morning(LocalTime time, Movement standing, String text) {
        if (standing.time() == null || !LeaveWords.earlier(text) || LeaveWords.halfOfDay(text)) return time;
        Matcher m = SMALL_HOUR.matcher(text);
        if (!m.find()) return time;
        int said = Numbers.read(m.group(1)).orElse(-1);
        if (m.find() || time.getHour() != said + 12) return time;
        LocalTime morning = time.minusHours(12);
        return morning.isBefore(standing.time()) && !time.isBefore(standing.time()) ? morning : time;
    }

    /** The standing hour moved by the amount said ("提前半小时"), for the whole team's departure with no hour; or null. */
    private LocalTime shifted(Departure d, Movement standing, String text) {
        if (standing.time() == null || !whole(d)) return null;
        Duration by = LeaveWords.shift(text).orElse(null);
        if (by == null) return null;
        LocalTime moved = standing.time().plus(by);
        // 凌晨0点半 提前1小时: the day before, which an hour alone cannot say
        return by.isNegative() == moved.isBefore(standing.time()) ? moved : null;
    }

    private Movement standing(String delegation) {
        return standings
                .departure(delegation)
                .map(StandingMovements.Standing::movement)
                .orElse(null);
    }
}
