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
 * "有4个去比赛了晚上9点才回 晚饭给他们留4份", "重庆晚上有8个回来得晚 给他们留8份饭", "给晚到的4个留饭",
 * "晚饭给还在比赛的4个人留4份": food kept for a group of the team who come to the meal later is no diners' figure,
 * and the group said inside the request (晚到的4个) is no arrival. The group still eats that meal, so its count does
 * not change; the portions are a request to the kitchen (ISSUE MEAL). A meal count or a movement read from the kept
 * figure is replaced by that request; a figure of the whole team said beside it ("四川晚饭48 … 给他们留5份") stays
 * the meal's count (the chat passes the portions on beside it), and late-night portions ("宵夜给他们留8份") are the
 * late-night meal's order.
 * The same holds for the rest of the team said to eat later ("今晚在酒店吃饭的只有1个 其他的跟考察线回来再吃 大概9点",
 * "先吃的10个 其余的比赛完回来再吃"): the figure before is only who eats on time, not the meal's; the late diners are a
 * request to the kitchen, never a cut. The words of keeping food are {@link KeptFood}'s.
 */
final class KeptForGroup {
    /** The rest of the team eating later: 其他的跟考察线回来再吃, 剩下6个回来以后再吃, 其余的晚点吃. */
    private static final Pattern LATER =
            Pattern.compile("(?:其他|其它|其余|剩下|另外|别的)[^，,。；;！!？?\\n]{0,14}?(?:再吃|晚点吃|晚些吃|晚一点吃|晚点再吃)");

    private KeptForGroup() {}

    /** The portions kept for the people pointed at (给他们留8份), or null. */
    private static Integer keptForPointed(String original) {
        Matcher m = KeptFood.FOR_POINTED.matcher(original);
        return m.find() ? ChineseNumerals.value(m.group(1)) : null;
    }

    /** 宵夜给他们留8份: a late-night meal is ordered by its portions, so they are its count. */
    private static boolean onRequest(MealCount c) {
        return "LATE_NIGHT".equals(c.meal());
    }

    /** The count is the kept portions' ({@code kept}), or, with the rest eating later ({@code kept} null), any figure. */
    private static boolean keptOrOnTime(MealCount c, Integer kept) {
        return c.count() != null && !onRequest(c) && (kept == null || c.count().equals(kept));
    }

    /** Food kept for the late group said in the request, and the message without that request. */
    private record LateKept(String said, String rest) {
        static LateKept in(String original) {
            Matcher m = KeptFood.FOR_LATE_GROUP.matcher(original);
            if (!m.find()
                    || KeptFood.DONE_BEFORE
                            .matcher(original.substring(0, m.start()))
                            .find()) return null;
            return new LateKept(m.group(), original.substring(0, m.start()) + "，" + original.substring(m.end()));
        }
    }

    /**
     * 给晚到的4个留饭, 湖南晚饭40 给晚回来的5个留5份: what the rest of the message reads, and the request to keep
     * food for the late group beside it unless the rest holds a meal's figure or request already.
     */
    private static ParseOutcome lateKept(ParseOutcome outcome, LateKept kept, SettlingStep.Message m) {
        boolean restSaid = !kept.rest().replaceAll("[\\p{P}\\s]", "").isEmpty();
        ParseOutcome rest = restSaid ? m.reread().apply(kept.rest()) : new ParseOutcome.NothingToRecord();
        List<Record> records = new ArrayList<>(rest.records());
        String delegation = records.stream()
                .map(Record::delegation)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(named(m));
        if (delegation == null) return outcome;
        if (records.stream().noneMatch(KeptForGroup::mealRequestBeside))
            records.add(new Issue(
                    IssueCategory.MEAL, delegation, m.front().original().strip()));
        if (rest instanceof ParseOutcome.Incomplete i && !rest.records().isEmpty())
            return new ParseOutcome.Incomplete(records, i.gaps(), outcome.saidNow());
        boolean further = outcome instanceof ParseOutcome.Understood u && u.further();
        return new ParseOutcome.Understood(records, further, outcome.saidNow());
    }

    /** The delegation the message names, else the sender's. */
    private static String named(SettlingStep.Message m) {
        for (Mention x : m.front().mentions()) if (x instanceof Mention.Team t) return t.id();
        return m.sender();
    }

    static ParseOutcome apply(ParseOutcome outcome, SettlingStep.Message message) {
        String original = message.front().original();
        LateKept late = original.contains("留") ? LateKept.in(original) : null;
        if (late != null) return lateKept(outcome, late, message);
        if (outcome instanceof ParseOutcome.NothingToRecord) return keptAlone(outcome, message);
        Integer kept = original.contains("留") ? keptForPointed(original) : null;
        if (kept == null) kept = keptForRoute(message);
        if (kept == null) kept = keptForGroupBefore(original);
        // Every word of eating later ends in 吃.
        if (kept == null
                && (original.indexOf('吃') < 0 || !LATER.matcher(original).find())) return outcome;
        if (kept != null && kept <= 0) return outcome;
        List<Record> records = new ArrayList<>();
        String delegation = null;
        for (Record r : outcome.records()) {
            if (r instanceof MealCount c && keptOrOnTime(c, kept)) {
                delegation = c.delegation();
                continue;
            }
            records.add(r);
        }
        List<Gap> gaps = new ArrayList<>();
        if (outcome instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) {
                if (g.draft() instanceof MealCount c && keptOrOnTime(c, kept)) {
                    delegation = delegation != null ? delegation : c.delegation();
                    continue;
                }
                gaps.add(g);
            }
        if (delegation == null) return outcome;
        records.add(new Issue(IssueCategory.MEAL, delegation, original.strip() + routeDay(message)));
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(records, gaps, outcome.saidNow());
        boolean further = outcome instanceof ParseOutcome.Understood u && u.further();
        return new ParseOutcome.Understood(records, further, outcome.saidNow());
    }

    /** 广西北海线的3个 大概晚上9点回来 帮忙给留3份饭, with nothing else read: the request alone, of the route's day. */
    private static ParseOutcome keptAlone(ParseOutcome outcome, SettlingStep.Message message) {
        String delegation = named(message);
        if (delegation == null || keptForRoute(message) == null) return outcome;
        String text = message.front().original().strip() + routeDay(message);
        return new ParseOutcome.Understood(
                List.of(new Issue(IssueCategory.MEAL, delegation, text)), false, outcome.saidNow());
    }

    /**
     * "安徽去百色的5个 晚上9点左右回来 给留5份饭吧", "北海线的2个晚上回来大概8点半 给留2份饭": the portions kept for a route's
     * people who come back late, or null. They eat that meal all the same: the portions are no figure of it.
     */
    private static Integer keptForRoute(SettlingStep.Message message) {
        String original = message.front().original();
        if (!original.contains("留") || !BACK_LATE.matcher(original).find()) return null;
        if (message.front().mentions().stream().noneMatch(x -> x instanceof Mention.Route)) return null;
        Matcher k = KeptFood.KEPT_AFTER.matcher(original);
        return k.find() && k.group(1) != null ? ChineseNumerals.value(k.group(1)) : null;
    }

    /**
     * The day of the route the message names, said the day before it ("（12月9日百色线考察日）"), so the kitchen keeps
     * the portions on that day; empty when the message names a day or no such route.
     */
    private static String routeDay(SettlingStep.Message message) {
        java.time.LocalDate today = message.front().local().toLocalDate();
        String text = message.front().original();
        if (text.contains("今") || text.contains("明") || text.contains("后天")) return "";
        for (Mention x : message.front().mentions())
            if (x instanceof Mention.Route r) {
                var route = message.lexicon().event.route(r.id()).orElse(null);
                if (route == null || !route.date().equals(today.plusDays(1))) return "";
                return "（" + route.date().getMonthValue() + "月" + route.date().getDayOfMonth() + "日" + route.name()
                        + "考察当天）";
            }
        return "";
    }

    /** Coming back later than the meal: 晚上9点左右回来, 8点半才回, 回来得晚. */
    private static final Pattern BACK_LATE = Pattern.compile("回来|才回|晚回|回山庄|回酒店");

    /** Part of the team counted before the request: 北海线的2个, 有2个, 那2位 (not a meal's figure, 晚饭2个). */
    private static final Pattern GROUP =
            Pattern.compile("(?:的|有|那|这)\\s*([0-9]{1,3}|[一二两三四五六七八九十俩仨]{1,3})\\s*(?:个人|个|位|名|人)");

    /**
     * "北海线的2个晚上回来大概8点半 给留2份饭", "有3个比赛完才回 帮忙留3份": portions asked kept with no one named in the
     * request, as many as a part of the team counted before it: those people are whom the food is for; their portions,
     * else null.
     */
    private static Integer keptForGroupBefore(String original) {
        if (!original.contains("留")) return null;
        Matcher m = KeptFood.PORTIONS_ONLY.matcher(original);
        if (!m.find()) return null;
        int kept = ChineseNumerals.value(m.group(1));
        Matcher g = GROUP.matcher(original.substring(0, m.start()));
        while (g.find()) if (ChineseNumerals.value(g.group(1)) == kept) return kept;
        return null;
    }

    /** A meal's own figure or a meal request already read beside the kept food. */
    private static boolean mealRequestBeside(Record r) {
        return r instanceof MealCount || r instanceof Issue i && i.category() == IssueCategory.MEAL;
    }
}
