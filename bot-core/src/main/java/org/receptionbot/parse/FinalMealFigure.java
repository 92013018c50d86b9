package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A meal's figure said, then the one meant after it in the same message: the last figure is the meal's count.
 *
 * <ul>
 *   <li>revised in place: "刚才说晚饭45 其实是46", "天津晚饭原来报30 现在28", "江苏晚饭34改成36", "60变58", "不是62是60";
 *   <li>a total after a reason: "宵夜22个 哦还有司机王师傅 23", "52个 加彭师傅和另一个司机 一共54个",
 *       "报五十二个人有两个…回不来所以实际五十个", "明早39 那个生病的队员不吃，所以是38";
 *   <li>taken back with its reason, the figure meant ending the message: "江苏午饭8人 哦 不对 少报了一个 9人",
 *       "福建晚宴32 哦不对 有个领导晚上另有安排 31" (the reason's people and time are no figure of the meal); or at once
 *       with its reason after it, {@link MidwayCorrection}: "吉林晚饭40个 额 等下 39 有个不吃".
 * </ul>
 *
 * The reason said around the figures (who was added, who is away) is no record of its own: no added or cancelled
 * diners, no problem unless it asks for something. The meal is what the words before the old figure say with the new
 * figure in its place, read again; nothing changes unless that reads as one meal count of the new figure, and the
 * rest of the message names no other meal.
 */
final class FinalMealFigure {
    /** A figure of people, digits or numerals, as a group; shared with {@link TotalAfterParts}. */
    static final String NUM = "(\\d{1,3}|[一二两三四五六七八九十廿卅]{1,4})";
    /** The unit word after {@link #NUM}, if any. */
    static final String UNIT = "(?:个人|个|人|份|位)?";
    /** Particles that may end the old figure before it is taken back ("就剩0个了吧 不对 …"). */
    private static final String TRAILING = "(?:了吧|了啊|了|吧|啊|哈)?";
    /** The old figure, then right after it the word that replaces it and the new one. */
    private static final Pattern REVISED = Pattern.compile("^(.*?)(?:原来|本来)?(?:说|报)?(?:的是)?" + NUM + UNIT
            + "[\\s，,]*(?:其实是?|现在是?|现在改成|改成|改为|变成|变)[\\s，,]*" + NUM + UNIT + "(.*)$");
    /**
     * "晚饭33改31", "中午35改33个": the old figure and the new one joined by a bare 改; never a figure of something else
     * after it (改2号车, 改7点, 改3日).
     */
    private static final Pattern REVISED_BARE =
            Pattern.compile("^(.*?)" + NUM + UNIT + "改" + NUM + UNIT + "(?![号点日月:：车.．\\d])(.*)$");
    /** "不是62 是60": the figure denied, then the one meant. */
    private static final Pattern DENIED =
            Pattern.compile("^(.*?)不是" + NUM + UNIT + "[\\s，,]*(?:而)?是" + NUM + UNIT + "(.*)$");
    /** The old figure, a reason, then the total (一共, 实际, 所以是). */
    private static final Pattern TOTAL = Pattern.compile("^(.*?)(?:报)?" + NUM + UNIT
            + "([\\s，,有加还那].*?)(?:一共|总共|所以实际|实际上?|所以就是|所以是)(?:是|报)?[\\s，,]*" + NUM + UNIT + "(.*)$");
    /** The old figure, 还有 someone more, then the new figure ending the message. */
    private static final Pattern MORE = Pattern.compile("^(.*?)" + NUM + UNIT
            + "[\\s，,]+(?:哦|噢|哦对了|对了)?[\\s，,]*(还有[^0-9]*?)[\\s，,]+" + NUM + UNIT + "([\\p{P}\\s]*)$");

    /** The old figure, a take-back word, the reason past a space, then the figure meant ending the message. */
    private static final Pattern TAKEN_BACK = Pattern.compile("^(.*?)" + NUM + UNIT + TRAILING
            + "[\\s，,。]*(?:[哦噢喔呃嗯][\\s，,]*)?(?:不对|说错了|报错了)(?:不对)?((?:[\\s，,]|(?=[有那其])(?!那个?\\d)).*?[\\s，,])" + NUM
            + UNIT
            + "([\\p{P}\\s]*)$");
    /** In the reason: another meal given a figure, or a change word right before the figure (再加 2个). */
    private static final Pattern OWN_FIGURE = Pattern.compile("(?:早饭|早餐|早点|明早|早上|中午|午饭|午餐|中饭|晚饭|晚餐|晚宴|晚上|今晚|宵夜|夜宵)"
            + "[是报了\\s]*(?:$|\\d|[一二两三四五六七八九十])|(?:加|减|少|多|再|增加|取消|不吃)[\\s，,]*$");

    /** Words naming a meal. */
    static final Pattern OTHER_MEAL = Pattern.compile("早饭|早餐|早点|明早|早上|中午|午饭|午餐|中饭|晚饭|晚餐|晚上|今晚|宵夜|夜宵");
    /** What, right after the new figure with no space, says the people do something: 现在3个到了 is no revised meal figure. */
    private static final String ACTING = "到走来去回在已出上下还都也没不";

    /** Words before the meal that say a change is coming, not which meal: left out when the meal is read again. */
    private static final Pattern LEAD_IN = Pattern.compile("再?(?:改|变|更正|调整)(?:一下|一次)|有变化|有变动|刚才说|刚才报|之前报|我们|这边|的");

    /** What asks a figure back (对吧, 对吗, 吗, ？, 是不是): read as words, no pattern run on every message. */
    static boolean asked(String text) {
        return text.indexOf('吗') >= 0
                || text.indexOf('？') >= 0
                || text.indexOf('?') >= 0
                || text.contains("对吧")
                || text.contains("是不是");
    }

    private static final Pattern REQUEST = Pattern.compile("能不能|能否|麻烦|帮忙|请|需要|安排|看一下|看看|可以吗");

    private FinalMealFigure() {}

    /** {@code read} with the meal's count the final figure, or {@code read} when the message says no such change. */
    static ParseOutcome settled(ParseOutcome read, String original, Function<String, ParseOutcome> reread) {
        // 一共25位 对吧: a figure asked back is no report; nor is anything the rules found no report in.
        if (read instanceof ParseOutcome.NothingToRecord || asked(original)) return read;
        String text = original.strip();
        for (Pattern p : List.of(REVISED, REVISED_BARE, DENIED, TOTAL, MORE, TAKEN_BACK, MidwayCorrection.AT_ONCE)) {
            if (!mayMatch(p, text)) continue;
            Matcher m = p.matcher(text);
            if (!m.matches()) continue;
            ParseOutcome out = settled(read, m, p == REVISED || p == REVISED_BARE || p == DENIED, reread);
            if (out != null) return out;
        }
        return read;
    }

    /**
     * Whether {@code text} holds the words every match of {@code p} needs (the word that replaces the figure, 不是,
     * the total's word, 还有): most messages hold none, and the patterns' lazy heads are dear to run.
     */
    private static boolean mayMatch(Pattern p, String text) {
        if (p == REVISED)
            return text.contains("其实") || text.contains("现在") || text.indexOf('改') >= 0 || text.indexOf('变') >= 0;
        if (p == REVISED_BARE) return text.indexOf('改') >= 0;
        if (p == DENIED) return text.contains("不是");
        if (p == TAKEN_BACK) return text.contains("不对") || text.contains("错了");
        if (p == MidwayCorrection.AT_ONCE) return MidwayCorrection.mayMatch(text);
        if (p == TOTAL) return text.contains("一共") || text.contains("总共") || text.contains("实际") || text.contains("所以");
        return text.contains("还有");
    }

    private static ParseOutcome settled(
            ParseOutcome read, Matcher m, boolean inPlace, Function<String, ParseOutcome> reread) {
        int last = m.groupCount();
        String tail = m.group(last);
        boolean atOnce = m.pattern() == MidwayCorrection.AT_ONCE;
        String between = m.pattern() == TOTAL || m.pattern() == TAKEN_BACK ? m.group(3) : "";
        if (atOnce ? !MidwayCorrection.corrects(m) : OTHER_MEAL.matcher(tail).find()) return null;
        // 哦不对 有个领导晚上另有安排 31: the reason may say when; only a meal given the figure is another statement.
        if (m.pattern() == TAKEN_BACK
                ? OWN_FIGURE.matcher(between.strip()).find()
                : OTHER_MEAL.matcher(between).find()) return null;
        if (inPlace && !tail.isEmpty() && ACTING.indexOf(tail.charAt(0)) >= 0) return null;
        int old = ChineseNumerals.value(m.group(2));
        int now = ChineseNumerals.value(m.group(last - 1));
        if (old < 0 || now <= 0 || old == now) return null;
        ParseOutcome again =
                reread.apply(LEAD_IN.matcher(m.group(1)).replaceAll("").strip() + " " + now);
        MealCount meal = meal(again, now);
        List<Record> earlier = List.of();
        // 加三个人 哦不对 四个: the figure meant of the diners added or cancelled
        MealRecord change = meal == null && atOnce ? MidwayCorrection.change(again, read, now) : null;
        if (change != null) return kept(read, change, List.of(), true);
        if (meal == null && (m.pattern() == TAKEN_BACK || atOnce)) {
            // 甘肃中午29 晚上29个 哦不对 … 28: the meals said before the one taken back stay as read.
            meal = EarlierMeals.last(again, now);
            earlier = EarlierMeals.kept(read, again, meal);
            if (earlier == null) return null;
        } else if (meal != null && !sameMeal(read, meal)) return null;
        if (meal == null) return null;
        // 说错了 有两个发烧了 28: a figure taken back for an illness keeps the problem the rules read beside it
        boolean takenBack = m.pattern() == TAKEN_BACK || atOnce;
        return kept(
                read,
                meal,
                earlier,
                takenBack || REQUEST.matcher(between + tail).find());
    }

    /** {@code meal} after {@code earlier}, with the records but meals read, problems only if {@code asks}; or null. */
    private static ParseOutcome kept(ParseOutcome read, MealRecord meal, List<Record> earlier, boolean asks) {
        List<Record> kept = new ArrayList<>();
        kept.addAll(earlier);
        kept.add(meal);
        for (Record r : read.records()) if (!(r instanceof MealRecord) && (asks || !(r instanceof Issue))) kept.add(r);
        if (read instanceof ParseOutcome.Incomplete i && !onlyUnclear(i)) return null;
        return new ParseOutcome.Understood(kept, false, read.saidNow());
    }

    /** The one meal count of {@code figure} that {@code o} reads, or null. */
    static MealCount meal(ParseOutcome o, int figure) {
        if (!(o instanceof ParseOutcome.Understood u) || u.records().size() != 1) return null;
        return u.records().get(0) instanceof MealCount c && c.delegation() != null && Objects.equals(c.count(), figure)
                ? c
                : null;
    }

    /** Whether every meal record read is of {@code meal}'s delegation, day and meal. */
    static boolean sameMeal(ParseOutcome read, MealCount meal) {
        for (Record r : read.records())
            if (r instanceof MealRecord x
                    && !(meal.delegation().equals(x.delegation())
                            && meal.date().equals(x.date())
                            && meal.meal().equals(x.meal()))) return false;
        return true;
    }

    private static boolean onlyUnclear(ParseOutcome.Incomplete i) {
        return i.gaps().stream().allMatch(g -> g.missing() == org.receptionbot.message.Gap.Field.UNCLEAR);
    }
}
