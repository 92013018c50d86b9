package org.receptionbot.parse;

import java.util.List;

/**
 * What the words right after a space open, for {@link SpaceBreaks}: a statement of its own (a subject, a further group
 * of people, a ride after a meal's figure) or an aside. Meals said around the space are {@link MealsAroundSpace}'s,
 * cue words at a position {@link CuesAt}'s, subjects and figures at a position {@link SubjectsAt}'s.
 */
final class SpaceOpenings {
    /** Verbs of riding or moving said right after a day (明天坐, 明天乘, 明天走). */
    private static final String RIDES = "坐乘搭走返出";

    private SpaceOpenings() {}

    /**
     * Whether what follows the space at {@code at} opens a statement of its own: people said with 有/还有 (after an
     * afterthought, or when {@code reportDone}: the stretch before was a movement or a meal with its figure), a subject
     * right after the space, a day with its subject or a cancel word (or, after a meal's figure, a ride), or a cancel word before a meal.
     */
    static boolean statementAfter(
            String text, int at, List<Mention> mentions, List<CueTable.Hit> hits, boolean reportDone) {
        if (reportDone && peopleSaid(text, at + 1, mentions)) return true;
        // 12点就退房去车站 那个发烧的和一个老师留下 明天走: the people who stay behind after a movement.
        if (reportDone && StayersOpen.opens(text, at + 1, mentions)) return true;
        // 早上走的3个是去机场回济南 6点半已经出发了: the clock those leavers set off at, said done, for SetOffAtClock.
        if (reportDone && SetOffAtClock.opens(text, at + 1, mentions)) return true;
        // 早饭33 我们10点15的飞机 MU2570, 晚饭38 坐8点的车走: after a meal's figure, a ride at its time opens its own statement.
        if (reportDone && figureEndsAt(text, at, mentions) && rideAt(text, at + 1, mentions, hits)) return true;
        // 晚上25 明天全团走, 宵夜45 明天8点走: after a meal's figure, the delegation's movement on a day or at an hour.
        if (reportDone && figureEndsAt(text, at, mentions) && MoveAfterMealFigure.opens(text, at + 1, mentions, hits))
            return true;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() <= at) continue;
            // 29号上午9点走 有10个人28号晚上先走: people said with 有 open a statement of their own.
            // 到了30个 还有3个明天坐G1282到: so do people said with 还有/另有 after a movement, a further group;
            // 贵州中午45个 还有5个去医院陪…: and after a meal's figure (the meal's report is complete).
            if (m instanceof Mention.Count n
                    && n.unit()
                    && opensGroup(text, at + 1, n.start())
                    && (n.start() == pastAfterthought(text, at + 1, n.start()) + 1 || reportDone)) return true;
            // 晚饭48 不要宵夜: a cancel word right before a meal opens a statement about that meal; so does a packing
            // word (明天早上6点走 打包早餐, 全部撤 带早餐走).
            if (m.start() != at + 1)
                return m instanceof Mention.Meals
                        && (CuesAt.cancels(at + 1, m.start(), hits) || MealTakenAlong.packs(text, at + 1, m.start()));
            if (SubjectsAt.names(m)) return true;
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            // 今晚宵夜41个: 今晚 is a day and a part of the day over the same characters.
            if (m instanceof Mention.Day && next != null && next.start() == m.start() && SubjectsAt.names(next))
                return true;
            // 今晚宵夜12份 明天不要宵夜了 / 明天不吃晚饭: another day with a cancel word right after it opens its own statement.
            if (m instanceof Mention.Day && CuesAt.cancels(m.end(), -1, hits)) return true;
            // 今晚39 明天坐中午12点的车走: after a meal's figure, another day with a ride or a movement opens its own statement.
            // 早饭明天30个 后天我们坐8点05的G1606走: the ride may follow its subject (我们, 咱们).
            if (reportDone
                    && figureEndsAt(text, at, mentions)
                    && m instanceof Mention.Day
                    && rideAfterDay(text, m.end())) return true;
            return m instanceof Mention.Day && next != null && next.start() == m.end() && SubjectsAt.names(next);
        }
        return false;
    }

    /** Whether the words after the space at {@code at} are a ride at its time ("G1722 七点五十的车", "我们9点走"). */
    static boolean rideNext(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        return rideAt(text, at + 1, mentions, hits);
    }

    /** Whether a verb of riding or moving follows a day ending at {@code end}, maybe past 我们 or 咱们. */
    private static boolean rideAfterDay(String text, int end) {
        if (text.startsWith("我们", end) || text.startsWith("咱们", end)) end += 2;
        return end < text.length() && RIDES.indexOf(text.charAt(end)) >= 0;
    }

    /** Words that may open a ride before its time (我们坐, 我们是, 大概). */
    private static final String[] RIDE_LEADS = {
        "我们是", "我们坐", "我们乘", "我们大概", "我们预计", "我们", "咱们", "坐", "乘", "是", "大概", "预计"
    };

    /** Words between a time and its verb of coming or going (12点前到, 11点左右到, 10点就走, 十点钟走). */
    private static final String[] BEFORE_VERB = {"之前", "以前", "左右", "前", "多", "就", "能", "会", "才", "钟", ""};

    /** Words of a ride right after its time (10点15的飞机, 8点的车). */
    private static final String[] RIDE_WORDS = {"的飞机", "的航班", "的班机", "的车", "的高铁", "的动车", "的火车", "的大巴"};

    /**
     * "我们10点15的飞机", "坐8点的车", "9点走", "我们11点到": a clock time at {@code at}, maybe after a lead, then a ride,
     * a departure or an arrival.
     */
    private static boolean rideAt(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int p = at;
        for (String w : RIDE_LEADS)
            if (text.startsWith(w, p)) {
                p += w.length();
                break;
            }
        p = pastTrainOrFlight(text, p, mentions);
        for (Mention m : mentions) {
            if (m.start() != p || !(m instanceof Mention.Clock)) continue;
            for (String w : RIDE_WORDS) if (text.startsWith(w, m.end())) return true;
            for (CueTable.Hit h : hits)
                if ((h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE) && verbAfter(text, m.end(), h.start()))
                    return true;
        }
        return false;
    }

    /**
     * Where the time of a ride is said past its train or flight at {@code at} ("我们G1502 3点15到", "坐MU2570 下午
     * 4点的飞机"): after the number, its spaces and a part of the day; {@code at} when no train or flight starts there.
     */
    private static int pastTrainOrFlight(String text, int at, List<Mention> mentions) {
        int p = at;
        for (Mention m : mentions) if (m.start() == at && m instanceof Mention.Transport) p = m.end();
        if (p == at) return at;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) p++;
        for (Mention m : mentions) if (m.start() == p && m instanceof Mention.Clock) return p;
        for (Mention m : mentions) if (m.start() == p && m instanceof Mention.Part) return m.end();
        return p;
    }

    /** Whether the verb at {@code verb} follows the time ending at {@code end}, maybe past a {@link #BEFORE_VERB} word. */
    private static boolean verbAfter(String text, int end, int verb) {
        for (String w : BEFORE_VERB) if (verb == end + w.length() && text.startsWith(w, end)) return true;
        return false;
    }

    /** A figure of people ends right before the space at {@code at} (39, 39个, 39人). */
    private static boolean figureEndsAt(String text, int at, List<Mention> mentions) {
        int end = at;
        while (end > 0 && "人个份位".indexOf(text.charAt(end - 1)) >= 0) end--;
        for (Mention m : mentions) if (m instanceof Mention.Count && m.end() >= end && m.end() <= at) return true;
        return false;
    }

    /**
     * "明天有8个人下午先走", "今天下午有3个去医院", "有个小孩发烧了": people said with 有 (maybe after their day and part of
     * the day), as a figure or as 有个/有位 and one person, at {@code at}. 有个别 (some) is no person.
     */
    private static boolean peopleSaid(String text, int at, List<Mention> mentions) {
        int p = at;
        for (Mention m : mentions) {
            if (m.start() < p) continue;
            if (m.start() > p) break;
            if (m instanceof Mention.Day || m instanceof Mention.Part) p = m.end();
        }
        if (text.startsWith("还有", p)) p += 2;
        else if (text.startsWith("有", p)) p += 1;
        else return false;
        if ((text.startsWith("个", p) && !text.startsWith("个别", p)) || text.startsWith("位", p)) return true;
        for (Mention m : mentions) if (m.start() == p) return m instanceof Mention.Count n && n.unit();
        return false;
    }

    /** Afterthought words that may open a further group before 有 (哦对了有6个教练…先回去了). */
    private static final String[] AFTERTHOUGHT = {"哦对了", "噢对了", "喔对了", "啊对了", "对了", "哦", "噢", "喔"};

    /** Whether an afterthought (对了, 哦对了) opens the words at {@code at}. */
    static boolean turnsAside(String text, int at) {
        for (String w : AFTERTHOUGHT) if (w.length() > 1 && text.startsWith(w, at)) return true;
        return false;
    }

    /** "有", "还有", "另有" alone between a space and a figure of people, maybe after an afterthought (对了有). */
    private static boolean opensGroup(String text, int from, int to) {
        from = pastAfterthought(text, from, to);
        if (to - from < 1 || to - from > 2 || text.charAt(to - 1) != '有') return false;
        return to - from == 1 || text.charAt(from) == '还' || text.charAt(from) == '另';
    }

    /** Where what is said starts after an afterthought word at {@code from} (哦对了，有6个…), or {@code from}. */
    private static int pastAfterthought(String text, int from, int to) {
        for (String w : AFTERTHOUGHT) {
            if (!text.startsWith(w, from)) continue;
            int at = from + w.length();
            while (at < to && (text.charAt(at) == '，' || text.charAt(at) == ',')) at++;
            return at;
        }
        return from;
    }
}
