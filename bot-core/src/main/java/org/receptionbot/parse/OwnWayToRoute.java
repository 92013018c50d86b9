package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;

/**
 * Someone who missed a route's bus, or will not wait for it, making their own way to the site ("辽宁那个同志说自己打车去百色
 * 不用等了", "我们百色线有1个没赶上2号车 他自己打车过去了", "北海线有个处长没赶上车 自己开车过去"): they still go on that route,
 * so the route's figure stands and nothing is recorded (the chat tells the sender so). The one person is no sign-up of
 * one ("去百色" after 打车 is where they go). Not read so: giving the visit up ("打车去也不现实 算了不去了"), a question
 * ("能打车追吗"), coming back ("自己打车回来了"), or a figure of the route said for the group ("百色线6个人 …他自己打车去党校").
 */
public final class OwnWayToRoute {
    /** Making one's own way there: 自己打车去, 打车过去了, 自行前往, 自己开车追过去. */
    private static final Pattern OWN_WAY = Pattern.compile(
            "(?:自己|自行)\\s*(?:打车|打的|开车|坐车|叫车|包车)?\\s*(?:去|过去|追|赶过去|前往)" + "|(?:打车|打的|开车|叫车|包车)\\s*(?:去|过去|追|赶过去)");
    /** Giving up, asking, or coming back: no own way to the site. */
    private static final Pattern NOT_GOING =
            Pattern.compile("不去|算了|不现实|不参加|去不了|去不成|回来|回酒店|回山庄|回宾馆|回南宁|吗|？|\\?|能不能|可不可以|可以不|党校|会场|车站|机场|高铁");

    private OwnWayToRoute() {}

    /** Whether {@code text} says someone makes their own way to a route's site. */
    public static boolean said(String text) {
        return text != null
                && OWN_WAY.matcher(text).find()
                && !NOT_GOING.matcher(text).find();
    }

    /**
     * {@code read} without the one person's visit read from the way they go ("自己打车去百色" is no VISIT of 1) and without
     * the question of a message that only says so; unchanged when the message is no such report.
     */
    static ParseOutcome apply(ParseOutcome read, Front front) {
        if (front.mentions().stream().noneMatch(m -> m instanceof Mention.Route)) return read;
        if (!said(front.original()) || read.records().stream().anyMatch(r -> !(r instanceof Visit))) return read;
        List<Record> kept = new ArrayList<>();
        for (Record r : read.records()) if (!(r instanceof Visit v && v.count() != null && v.count() == 1)) kept.add(r);
        if (!kept.isEmpty()) return read;
        if (read instanceof ParseOutcome.Incomplete i
                && i.gaps().stream().anyMatch(g -> g.missing() != Gap.Field.UNCLEAR)) return read;
        return new ParseOutcome.NothingToRecord(read.saidNow());
    }
}
