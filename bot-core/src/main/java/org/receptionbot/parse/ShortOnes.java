package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.PartOfDay;
import org.receptionbot.record.Record;

/**
 * The people said not to have come with the rest ({@link ArrivedShort}): "少一个", "差两个", "还有3个", "有一个人", "1人未到",
 * and what is said of them up to the next pause ("明天才来", "后天到", "晚点到", "坐下一班").
 *
 * @param figure their figure
 * @param leadStart where the words saying them start (少, 还差, 还有), or the figure when the words follow it (1人未到)
 * @param end where what is said of them ends
 */
record ShortOnes(Mention.Count figure, int leadStart, int end) {
    /** Words right before a figure saying people are short or still to come; longest first. */
    private static final String[] SHORT = {"还少", "少了", "还差", "差了", "就差", "还缺", "少", "差", "缺"};
    /** Words right before a figure saying a further group, short only when a later arrival is said of them. */
    private static final String[] FURTHER = {"还有", "另有", "另外", "剩下的", "剩下", "剩", "有", "另", "还"};
    /** Who the ones short are after a bare 个 with no numeral, one person ("还有个人", "少个队员", "还有个明天到"). */
    private static final String[] ONE_OF = {"人", "同志", "队员", "运动员", "教练", "领导", "老师", "小孩", "孩子", "明", "后", "晚", "下"};
    /** Words right after a figure saying they have not come (1人未到). */
    private static final String[] NOT_COME = {"还没到", "还没来", "没到", "没来", "未到"};
    /** What follows a figure of something else than people (一个团, 三个队, 两辆车). */
    private static final String NOT_PEOPLE = "团队批组车辆桌间份天号点岁";

    int count() {
        return figure.value();
    }

    /** The last ones said short in {@code text}, or null. */
    static ShortOnes find(String text, List<Mention> mentions) {
        ShortOnes found = null;
        for (Mention x : withBareOnes(text, mentions)) {
            if (!(x instanceof Mention.Count c) || !c.unit() || c.value() < 1) continue;
            if (notPeople(text, c.end())) continue;
            int end = clockAfter(text, pause(text, c.end()), mentions);
            String lead = before(text, c.start(), SHORT);
            if (lead != null) found = new ShortOnes(c, c.start() - lead.length(), end);
            else if (after(text, c.end()) != null) found = new ShortOnes(c, c.start(), end);
            else if ((lead = before(text, c.start(), FURTHER)) != null
                    && ComingLater.later(text.substring(c.end(), end)))
                found = new ShortOnes(c, c.start() - lead.length(), end);
        }
        return found;
    }

    /**
     * {@code mentions} with the bare 个 of one person after words of people short or still to come ("还有个人飞机延误",
     * "少个队员") as a figure of 1, in the order of the text.
     */
    private static List<Mention> withBareOnes(String text, List<Mention> mentions) {
        List<Mention> all = null;
        for (int at = text.indexOf('个'); at > 0; at = text.indexOf('个', at + 1)) {
            if (bareOne(text, at, mentions)) {
                if (all == null) all = new ArrayList<>(mentions);
                all.add(new Mention.Count(1, true, at, at + 1));
            }
        }
        if (all == null) return mentions;
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    private static boolean bareOne(String text, int at, List<Mention> mentions) {
        for (Mention x : mentions) if (x.start() <= at && at < x.end()) return false;
        boolean lead = before(text, at, SHORT) != null || before(text, at, FURTHER) != null;
        for (String w : ONE_OF) if (lead && text.startsWith(w, at + 1)) return true;
        return false;
    }

    /** Whether what follows a figure at {@code at} counts something else than people (一个团), not 队员 (两个队员). */
    private static boolean notPeople(String text, int at) {
        return at < text.length() && NOT_PEOPLE.indexOf(text.charAt(at)) >= 0 && !text.startsWith("队员", at);
    }

    /** Whether the figure is a bare 个 (还有个人): one person with no numeral said. */
    private boolean bare(String text) {
        return figure.end() - figure.start() == 1 && text.charAt(figure.start()) == '个';
    }

    /**
     * Their own arrival when a later day or a later word is said of them ("明天才来", "后天到", "晚点到", "坐下一班"),
     * as the rules read it alone (its time, part of the day and train kept), else on its day with no time (the part of the
     * day said kept: "还差2个 明天中午的航班" lands at noon, after breakfast); null when
     * nothing later is said, or they are said not to come.
     */
    Arrival later(
            String text,
            List<Mention> mentions,
            String delegation,
            LocalDate today,
            Function<String, ParseOutcome> reread) {
        String said = text.substring(figure.end(), end);
        if (!ComingLater.later(said) || after(text, figure.end()) != null) return null;
        LocalDate day = today;
        for (Mention x : mentions)
            if (x instanceof Mention.Day d && d.start() >= figure.end() && d.end() <= end) {
                day = d.date();
                break;
            }
        if (day.isBefore(today)) return null;
        String alone = (bare(text) ? "还有1" : "还有")
                + text.substring(figure.start(), end)
                        .replace("过来", "到")
                        .replace("才来", "到")
                        .replace("来", "到");
        // 还有一个处长晚上十点的航班: a ride said with its time and no verb brings them at that time
        if (!said.contains("到") && !said.contains("来")) alone += "到";
        List<Record> read = alone.equals(text) ? List.of() : reread.apply(alone).records();
        if (read.size() == 1 && read.get(0) instanceof Arrival a && day.equals(a.date()) && count() == a.count())
            return new Arrival(delegation, day, a.time(), count(), a.transport(), a.part());
        return new Arrival(delegation, day, null, count(), null, part(mentions));
    }

    /** The part of the day said of them ("明天中午的航班": noon), or null. */
    private PartOfDay part(List<Mention> mentions) {
        for (Mention x : mentions)
            if (x instanceof Mention.Part p && p.start() >= figure.end() && p.end() <= end)
                return p.part().said();
        return null;
    }

    /** Whether these are all the message says: no other figure, and no day or time before them. */
    boolean alone(String text, List<Mention> mentions) {
        for (Mention x : mentions) {
            if (x.start() >= leadStart) continue;
            if (x instanceof Mention.Count
                    || x instanceof Mention.Day
                    || x instanceof Mention.Clock
                    || x instanceof Mention.Part
                    || x instanceof Mention.Team) return false;
        }
        for (Mention x : mentions) if (x instanceof Mention.Count c && c.start() > end) return false;
        return true;
    }

    private static String before(String text, int at, String[] words) {
        for (String w : words) if (at >= w.length() && text.startsWith(w, at - w.length())) return w;
        return null;
    }

    private static String after(String text, int at) {
        int p = at;
        if (text.startsWith("人", p)) p++;
        for (String w : NOT_COME) if (text.startsWith(w, p)) return w;
        return null;
    }

    /**
     * "…坐G1502到 8点40": a clock time said alone after the pause is still of them; so is a day or a part of the day
     * opening the next phrase with their coming and no figure ("少一个 明天上午到"); where it ends, else {@code at}.
     */
    private static int clockAfter(String text, int at, List<Mention> mentions) {
        for (Mention x : mentions)
            if (x instanceof Mention.Clock k && k.start() == at + 1) {
                int end = pause(text, k.end());
                return end == k.end() ? end : at;
            } else if ((x instanceof Mention.Day || x instanceof Mention.Part) && x.start() == at + 1) {
                int end = pause(text, x.end());
                for (Mention n : mentions)
                    if (n instanceof Mention.Count && n.start() > at && n.end() <= end) return at;
                return ComingLater.coming(text.substring(x.end(), end)) ? end : at;
            }
        return at;
    }

    /** Where the words after {@code at} pause: the next separator, or the end. */
    private static int pause(String text, int at) {
        int p = at;
        while (p < text.length() && Clause.SEPARATORS.indexOf(text.charAt(p)) < 0) p++;
        return p;
    }
}
