package org.receptionbot.conversation;

import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * "人齐了 出发", "人到齐了 出发了", "都上车了 走了" from a delegation's liaison when no bus stands for it (none counted by
 * the sender today, {@link OwnBusAllAboard}, and the delegation has no bus of its own in the event file): the team's
 * departure due about now is confirmed ({@link DepartureConfirmations#due}); otherwise the words may be a team off
 * to the venue as well as a team going home, so the sender is asked one short question ({@link #QUESTION}), never left
 * without an answer and never recorded as gone with all its meals cut.
 */
final class BoardedWithoutBus {
    /** The one short question when nothing due today tells what boarding means. */
    static final String QUESTION = "请问是哪辆车、去哪里？如是全团离会返程，请回复“全团已离开”；如报车上人数，请写“几号车实到几人”。";

    /** Everyone there or aboard: 人齐了, 到齐了, 都上车了, 全部上车. */
    private static final Pattern ALL_ABOARD = Pattern.compile("(?<![没不未])齐|(?:都|全|全部|全体|大家|人)(?:已经?|都)?上车");
    /** Setting off: 出发, 走了, 发车. */
    private static final Pattern SETTING_OFF = Pattern.compile("出发|走了|走啦|走吧|发车|开车|动身|启程");
    /** What says more than all aboard: a bus or a figure, a clock time, another day, a question. */
    private static final Pattern MORE = Pattern.compile("\\d|[一二两三四五六七八九十]+\\s*[号个人位点]|车号|明|后天|昨|[吗呢？?]");

    private final Event event;

    BoardedWithoutBus(Event event) {
        this.event = event;
    }

    /**
     * Whether {@code parsed} is all aboard said by a liaison with no bus to stand for it: read as nothing, or as the
     * whole team gone today with no time, figure or ticket (the parser's reading of "都上车了 走了"), when the
     * delegation has no vehicle of its own.
     *
     * @param bus the vehicle the message is about (a bus counted by the sender today), or null
     */
    boolean said(ParseOutcome parsed, String text, Asked asked, String bus) {
        String own = asked.sender().delegation();
        if (own == null || bus != null) return false;
        if (!ALL_ABOARD.matcher(text).find()
                || !SETTING_OFF.matcher(text).find()
                || MORE.matcher(text).find()
                // 全部上车了 出发去赛场: off to the venue, said in full
                || BoundFor.of(text) == BoundFor.VENUE) return false;
        // a team with buses of its own counts them (OwnBusAllAboard); its 全体已上车出发 may be off to the venue
        if (event.vehicles().stream().anyMatch(v -> own.equals(v.delegation()))) return false;
        if (parsed instanceof ParseOutcome.NothingToRecord) return true;
        return parsed instanceof ParseOutcome.Understood u
                && u.records().size() == 1
                && u.records().get(0) instanceof Departure d
                && own.equals(d.delegation())
                && d.date().equals(asked.today())
                && d.time() == null
                && d.count() == null
                && d.transport() == null
                && d.part() == null;
    }
}
