package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A late-night meal ordered on an event that plans none ("重庆今晚宵夜5份", "陕西今晚要夜宵 5份 10点送到房间",
 * "警卫局宵夜2份 夜里值班"): no meal of the event can hold its figure, so the order is a request for someone to act
 * on, an ISSUE {@code MEAL} of the delegation named or the sender's, in place of the question about the statement.
 * A late-night meal declined, asked about or thanked for ("宵夜不要了", "有没有宵夜", "谢谢会务组的夜宵") orders nothing;
 * on an event with a late-night meal the meal rules read it.
 */
final class LateNightOrders {
    private static final String LATE = "(?:宵夜|夜宵|夜餐)";
    /** The hour it is wanted at, said between the late-night word and the figure ("宵夜 10点左右 4份"). */
    private static final String HOUR = "(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})点(?:半|钟)?(?:左右|前后|前|以后)?";

    private static final String FIGURE = "(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:份|个|人|位)";
    /** The late-night word with a figure a few characters after it, or a figure of portions right before it. */
    private static final Pattern ORDER =
            Pattern.compile(LATE + "[^，,。；;！!？?]{0,4}?(?:" + HOUR + ")?\\s*" + FIGURE + "|" + FIGURE + "的?" + LATE);

    private static final Pattern NOT_ORDER = Pattern.compile("不要|不用|不吃|不需要|取消|没有|有没有|吗|[？?]|谢谢|感谢|吃过|吃了");

    private LateNightOrders() {}

    /** {@code read} with each unread late-night order of {@code m} as a meal request, when the event plans no such meal. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        if (m.lexicon().lateMeal != null) return read;
        read = dinnerOrdered(read, m);
        if (!(read instanceof ParseOutcome.Incomplete i)) return read;
        List<Record> records = new ArrayList<>(read.records());
        List<Gap> gaps = new ArrayList<>();
        for (Gap g : i.gaps()) {
            String delegation = g.missing() == Gap.Field.UNCLEAR ? ordering(g.statement(), m) : null;
            if (delegation == null) gaps.add(g);
            else
                records.add(
                        new Issue(IssueCategory.MEAL, delegation, g.statement().strip()));
        }
        if (gaps.size() == i.gaps().size()) return read;
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, false, read.saidNow())
                : new ParseOutcome.Incomplete(records, gaps, read.saidNow());
    }

    /** Dinner words: a message that names the dinner reports it, whatever else it orders. */
    private static final Pattern DINNER = Pattern.compile("晚饭|晚餐|晚宴|正餐");

    /**
     * "海南4个 晚上想吃点宵夜 10点左右 4份": a late-night order whose 晚上 the meal rules took for the dinner, no dinner word
     * said, is the order: the dinner count of the order's figure gives way to the meal request.
     */
    private static ParseOutcome dinnerOrdered(ParseOutcome read, SettlingStep.Message m) {
        String text = m.front().original();
        Matcher order = ORDER.matcher(text);
        if (!order.find()
                || NOT_ORDER.matcher(text).find()
                || DINNER.matcher(text).find()) return read;
        Matcher figure = Pattern.compile(FIGURE).matcher(order.group());
        Integer wanted = null;
        while (figure.find()) wanted = ChineseNumerals.value(figure.group().replaceAll("[份个人位\\s]", ""));
        List<Record> records = new ArrayList<>();
        boolean taken = false;
        for (Record r : read.records()) {
            if (r instanceof MealCount c
                    && "DINNER".equals(c.meal())
                    && c.count() != null
                    && c.count().equals(wanted)) {
                records.add(new Issue(IssueCategory.MEAL, c.delegation(), text.strip()));
                taken = true;
            } else records.add(r);
        }
        if (!taken) return read;
        if (read instanceof ParseOutcome.Incomplete i)
            return new ParseOutcome.Incomplete(records, i.gaps(), read.saidNow());
        return read instanceof ParseOutcome.Understood u
                ? new ParseOutcome.Understood(records, u.further(), read.saidNow())
                : read;
    }

    /** The delegation that orders in {@code statement}, or null when it orders nothing or names no one. */
    private static String ordering(String statement, SettlingStep.Message m) {
        if (statement == null
                || !ORDER.matcher(statement).find()
                || NOT_ORDER.matcher(statement).find()) return null;
        List<String> named = new ArrayList<>();
        int at = m.front().original().indexOf(statement.strip());
        for (Mention x : m.front().mentions())
            if (x instanceof Mention.Team t && (at < 0 || t.start() >= at && t.start() < at + statement.length()))
                if (!named.contains(t.id())) named.add(t.id());
        if (named.size() > 1) return null;
        return named.isEmpty() ? m.sender() : named.get(0);
    }
}
