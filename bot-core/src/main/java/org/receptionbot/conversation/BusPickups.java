package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * "1号车已接到河北厅6位" from a bus liaison (随车联络员, bound to a vehicle, not to a delegation): the pickup of a named
 * delegation is that delegation's arrival ({@link Checks#refusal} lets it through, as it still refuses a liaison of one
 * delegation recording another's meals), timed at the report when it is said as done, and passed on to the
 * coordinators with what was recorded. A pickup said as done by anyone else ("1号车已接到我们20人" from the team's own
 * liaison) is timed at the report too; a notice or call received (接到通知了) is no pickup.
 */
final class BusPickups {
    /** A team met with its figure, in a list of them after the verb (接到天津4位 江苏9位). */
    private static final String MET = "[^，。,；;\\d\\s]{1,10}?[0-9一二两三四五六七八九十]{1,3}\\s*(?:个人|位|人|个|名)";
    /**
     * A pickup said as done: 已接到, 接到了, 刚接上, the verb opening the report (接到湖北59人), or setting off after it
     * (…马上出发, 往酒店走), or a list of teams met with their figures (接到天津4位 江苏9位).
     */
    private static final Pattern DONE = Pattern.compile("(?:已经?|刚刚?)接[到上]|^\\s*接[到上]|接[到上](?:了|[^，。,；;]{0,12}了)"
            + "|接[到上][^，。,；;]{1,14}[ ，,](?:马上|正在|正往|往|朝)" + "|接[到上]" + MET + "[ 、，,和及]+" + MET);
    /** A pickup still to come. */
    private static final Pattern TO_COME = Pattern.compile("明|后天|要|将|准备|预计|去接|[吗？?]");
    /** What is received rather than met: 接到通知, 接到电话, 接到消息. */
    private static final Pattern RECEIVED = Pattern.compile("接到[^，。,；;]{0,4}(?:通知|电话|消息|短信|信息|指示|任务|邮件)");

    private final Event event;
    private final Notices notices;
    private final RecordText texts;

    BusPickups(Event event, Notices notices) {
        this.event = event;
        this.notices = notices;
        this.texts = new RecordText(event);
    }

    /** Whether the sender is a bus liaison: bound to no delegation and riding a vehicle of the event file. */
    static boolean reporter(Event event, Asked asked) {
        return asked.sender().delegation() == null
                && !asked.sender().coordinator()
                && !event.vehiclesRiddenBy(
                                asked.chat().platform(), asked.sender().userId())
                        .isEmpty();
    }

    /** Whether {@code text} says a pickup as done (已接到, 都接上了), not one to come nor a notice received. */
    static boolean done(String text) {
        return DONE.matcher(text).find()
                && !TO_COME.matcher(text).find()
                && !RECEIVED.matcher(text).find();
    }

    /**
     * {@code records} with an untimed pickup of today said as done timed at the report's minute; as they are when the
     * people met were timed already beside some still to come ("…还有1位坐下一班").
     */
    List<Record> timed(List<Record> records, Asked asked, String text) {
        if (!done(text)) return records;
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        // 刚接上贵州49位 还有1位坐下一班: those met are timed already (ArrivalConfirmations), the one to come is not met
        for (Record r : records)
            if (r instanceof Arrival a
                    && now.toLocalTime().equals(a.time())
                    && a.date().equals(now.toLocalDate())) return records;
        List<Record> timed = new ArrayList<>();
        for (Record r : records)
            timed.add(
                    r instanceof Arrival a
                                    && a.time() == null
                                    && a.part() == null
                                    && a.date().equals(now.toLocalDate())
                            ? ArrivedNow.at(a, now)
                            : r);
        return timed;
    }

    /**
     * {@code applied} with the line that the pickup was passed on to the coordinators, when a bus liaison recorded one (an
     * arrival, or a head count of a named delegation said picked up: "6号车接到海南3人 实到3人").
     */
    Answer forward(List<Record> records, Asked asked, String text, Answer applied) {
        if (applied.silent() || applied.receipt() == null || !reporter(event, asked)) return applied;
        boolean picked = DONE.matcher(text).find();
        List<String> arrivals = records.stream()
                .filter(r -> r instanceof Arrival || picked && r instanceof Headcount h && h.delegation() != null)
                .map(texts::describe)
                .toList();
        if (arrivals.isEmpty()) return applied;
        boolean told = notices.pass("随车接站", text.strip() + "\n已记录：" + String.join("；", arrivals), asked);
        return told ? applied.then("已转告协调组。") : applied;
    }
}
