package org.receptionbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
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
 * parser read the packing alone ({@link LeaveHours}) is weighed the same way, and only ever asked about. The standing
 * departure and an hour said changed against it are {@link StandingHours}'; the words of each family are
 * {@link LeaveWords}'.
 */
final class PackedLeaveBy {
    /** A number of people said ("10个运动员", "5人"): those go, not the team. */
    private static final Pattern PEOPLE =
            Pattern.compile("[0-9一二两三四五六七八九十]{1,3}\\s*(?:个|位|名)?\\s*(?:人|运动员|队员|教练|选手|同志|老师|学生)");

    /** A batch or a few people said leaving at the hour: 第一批, 20个6点走, 8个人先走. */
    private static final Pattern PART =
            Pattern.compile("第[一二两三四五0-9]批|[0-9一二两三四五六七八九十]{1,3}\\s*(?:个|位|名)(?:人)?[^份，,。]{0,6}(?:走|出发|离开)");

    /**
     * The records to apply now, and the departure held for 确认 with why (null when none is held).
     *
     * @param why the answer's words on the standing departure and on what 确认 does, or null
     * @param told the coordinators' notice of a departure said as changed beside the packing, or null
     */
    record Split(List<Record> now, Departure held, String why, String told) {}

    private final Event event;
    private final StandingHours hours;
    private final LeaveByTexts texts;

    PackedLeaveBy(Event event, Ledger ledger) {
        this.event = event;
        this.hours = new StandingHours(event, ledger);
        this.texts = new LeaveByTexts(event);
    }

    /** The message's records split when they order a packed meal beside a departure that is its pick-up hour. */
    Optional<Split> split(List<Record> records, String text, Instant sent) {
        if (text == null) return Optional.empty();
        Departure said = null;
        for (Record r : records)
            if (r instanceof Departure d && packed(records, d) && hours.whole(d)) {
                if (said != null) return Optional.empty();
                said = d;
            }
        // 明天早饭打包15份 七点出发, read as the packing alone: the hour said to be off by, on the packed meal's day
        boolean unread = said == null;
        // 早上有8个6点就走 给他们打包8份: the part leaving is read, the hour is theirs
        if (unread && records.stream().anyMatch(r -> r instanceof Departure)) return Optional.empty();
        if (unread) said = LeaveHours.said(records, text, sent, event).orElse(null);
        if (said == null) return Optional.empty();
        // 明早第一批20个6点走, 有8个6点走赶早班车: the hour is a batch's or a few people's, never the whole team's to confirm
        if (unread && PART.matcher(text).find()) return Optional.empty();
        Movement standing = hours.standing(said.delegation());
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
}
