package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.List;

/** The figures of a clause: its count of people, its clock time, its train or flight. */
final class Figures {

    private Figures() {}

    /**
     * The number of people in the clause: one with a unit (5人, 两位), the nearest to the verb when
     * there is one; a bare number only after 报/为/按/少/加… or in a bare clause ("湖南 35").
     */
    static Integer count(Clause c, int verbAt, boolean unitOnly) {
        Integer again = SaidFigures.restated(c);
        if (again != null) return again;
        Mention.Count last = lastAfterTakenBack(c);
        if (last != null) return last.value();
        Mention.Count best = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (SelfCorrection.wrong(c, n)) continue;
            if (total(c.text, n.start()) || SaidFigures.afterHeadcountWord(c.text, n.start())) return n.value();
            if (!n.unit() || groupOfLater(c, n)) continue;
            if (best == null || verbAt >= 0 && Math.abs(n.start() - verbAt) < Math.abs(best.start() - verbAt)) best = n;
        }
        if (best != null || unitOnly) return best == null ? null : best.value();
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (SelfCorrection.wrong(c, n)) continue;
            if (c.bare()
                    || c.bareBesides(Cue.AS_PLANNED)
                    || afterCountWord(c.text, n.start())
                    || afterMeal(c, n)
                    || afterTeam(c, n)
                    || afterAnyVehicle(c, n)
                    || SelfCorrection.corrected(c, n)) return n.value();
        }
        return null;
    }

    /**
     * "百色线6人里有1人…不去了", "5个人中有两个…": the whole group, a later figure of some of it after it, is not the
     * figure of what those some do.
     */
    private static boolean groupOfLater(Clause c, Mention.Count n) {
        int at = n.end();
        boolean among = c.text.startsWith("里", at) || c.text.startsWith("中", at) || c.text.startsWith("当中", at);
        if (!among) return false;
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.start() > at && m.unit()) return true;
        return false;
    }

    /**
     * "一半人不回来，就按三十个报": a figure after 按 and before 报 is the figure reported, an absolute one
     * whatever the reason said beside it.
     */
    static boolean reported(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) {
            int b = n.start();
            boolean after =
                    b > c.start && c.text.charAt(b - 1) == '按' || b - 2 >= c.start && c.text.startsWith("按照", b - 2);
            if (after && n.end() < c.end && c.text.charAt(n.end()) == '报') return true;
        }
        return false;
    }

    /** "运动员28 教练4 共35人": the total after 共/合计 is the figure of a breakdown. */
    private static boolean total(String text, int at) {
        int i = at;
        while (i > 0 && " ：:".indexOf(text.charAt(i - 1)) >= 0) i--;
        return i > 0 && text.charAt(i - 1) == '共' || i > 1 && text.startsWith("合计", i - 2);
    }

    /** "中午43", "晚餐 41", "明早：38": a bare number right after a meal word is that meal's figure. */
    private static boolean afterMeal(Clause c, Mention.Count n) {
        for (Mention m : c.mentions) {
            if (!(m instanceof Mention.Meals || m instanceof Mention.Part)) continue;
            if (m.end() == n.start()) return true;
            if (m.end() + 1 == n.start() && " :：".indexOf(c.text.charAt(m.end())) >= 0) return true;
        }
        return false;
    }

    private static boolean afterAnyVehicle(Clause c, Mention.Count n) {
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) {
            Integer after = SaidFigures.afterVehicle(c, v);
            if (after != null && after == n.value()) return true;
        }
        return false;
    }

    /** "…情况：四川20，贵州15": a bare number right after a delegation's name is its figure. */
    private static boolean afterTeam(Clause c, Mention.Count n) {
        for (Mention.Team t : c.all(Mention.Team.class)) {
            if (t.end() == n.start() || t.end() + 1 == n.start() && " :".indexOf(c.text.charAt(t.end())) >= 0)
                return true;
        }
        return false;
    }

    static Integer people(Clause c) {
        return count(c, -1, true);
    }

    /** Whether the clause takes one of its figures back ("晚饭27 不是 是25人"). */
    static boolean takenBack(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (SelfCorrection.wrong(c, n)) return true;
        return false;
    }

    /**
     * "晚饭33 不对不对 今天有5个去县城了 报28": after a figure taken back, the last figure said is the one
     * meant; the reasons said between are no figures. Null unless a figure was taken back and one follows.
     */
    private static Mention.Count lastAfterTakenBack(Clause c) {
        boolean takenBack = false;
        Mention.Count last = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (takenBack) last = n;
            else takenBack = SelfCorrection.wrong(c, n);
        }
        return last;
    }

    /** "有一个要去加练 三十八个": the clause ends with a figure; that figure, else null. */
    static Integer endingFigure(Clause c) {
        List<Mention.Count> counts = c.current(Mention.Count.class);
        if (counts.isEmpty()) return null;
        Mention.Count n = counts.get(counts.size() - 1);
        boolean ends = c.text.substring(n.end(), c.end).strip().isEmpty();
        return ends && !SelfCorrection.wrong(c, n) ? n.value() : null;
    }

    /** "广东代表团37人": the clause's figure follows a delegation's name right away, the delegation's size. */
    static boolean teamSize(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) if (afterTeam(c, n)) return true;
        return false;
    }

    private static boolean afterCountWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        // 中午报餐28: a bare number right after 报餐 or 订餐 is the figure reported.
        if (i >= 1 && (text.startsWith("报餐", i - 1) || text.startsWith("订餐", i - 1))) return true;
        // 今晚吃饭31, 中午用餐33: a bare number right after eating is the figure of diners.
        if (i >= 1 && (text.startsWith("吃饭", i - 1) || text.startsWith("用餐", i - 1) || text.startsWith("就餐", i - 1)))
            return true;
        // 中午 人员 二十九: a bare number right after the label 人员 (工作人员 are staff, no label).
        if (i >= 1 && text.startsWith("人员", i - 1) && (i < 2 || text.charAt(i - 2) != '作')) return true;
        // (原来报的35) 现在改33: a bare number right after 改 is the figure changed to.
        if (i >= 0 && text.charAt(i) == '改') return true;
        // 人数跟昨天一样 42: a bare number right after a likening to another day is the figure said all the same.
        if (i >= 1 && (text.startsWith("一样", i - 1) || text.startsWith("相同", i - 1) || text.startsWith("一致", i - 1)))
            return true;
        // 明早早饭全体五十五, 全团45: a bare number right after the whole group (全体, 全部, 全员, 全团) is their figure.
        if (i >= 1 && text.charAt(i - 1) == '全' && "体部员团队".indexOf(text.charAt(i)) >= 0) return true;
        return i >= 0 && Lexicon.BEFORE_BARE_FIGURE.indexOf(text.charAt(i)) >= 0;
    }

    /** The clock time of the clause, moved into the afternoon or evening by the part of the day. */
    static LocalTime time(Clause c) {
        List<Mention.Clock> clocks = c.current(Mention.Clock.class);
        if (clocks.isEmpty()) return null;
        Mention.Clock clock = clocks.get(0);
        DayPart part = null;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (p.start() < clock.start() || part == null) part = p.part();
        }
        if (part == null) part = EarlierPart.before(c);
        int hour = part == null ? unmarked(clock.hour()) : part.hour(clock.hour());
        if (hour == 24) hour = 0;
        return LocalTime.of(hour, clock.minute());
    }

    /** With no half-of-day word, 1–6 o'clock is the afternoon (3点到 = 15:00); 7–12 are as said. */
    private static int unmarked(int hour) {
        return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    }

    /** Whether the clause's figures are all bare numbers with no unit ("四川 45", not "60人"). */
    static boolean plain(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) return false;
        return true;
    }

    static String transport(Clause c) {
        // MU5678取消了 改成下午3点40的MU5680: the train or flight after the change word is the one taken.
        List<Mention.Transport> transports = c.current(Mention.Transport.class);
        return transports.isEmpty()
                ? null
                : TicketSwap.taken(c.text, transports).code();
    }

    /** Where the first of two cue words occurs, or -1. */
    static int firstOf(Clause c, Cue a, Cue b) {
        int x = c.at(a);
        int y = c.at(b);
        if (x < 0) return y;
        if (y < 0) return x;
        return Math.min(x, y);
    }

    /** "两个司机算进去了", "司机都算在里面了": people said to be inside the figure already given. */
    static boolean included(Clause c) {
        String words = c.span();
        for (String w : INCLUDED) if (words.contains(w)) return true;
        return false;
    }

    /**
     * "晚饭一共42 来了两个领导", "52个 加两个司机 一共54个": the figure said as the total (一共, 总共, 合计, 加起来),
     * or null. A clause with no other figure sums only the people added (增加司机和志愿者共4人).
     */
    static Integer summed(Clause c) {
        List<Mention.Count> counts = c.current(Mention.Count.class);
        if (counts.size() < 2) return null;
        for (Mention.Count n : counts) {
            int i = n.start();
            while (i > c.start && " ：:是为".indexOf(c.text.charAt(i - 1)) >= 0) i--;
            String before = c.text.substring(Math.max(c.start, i - 3), i);
            if (before.endsWith("共") || before.endsWith("合计") || before.endsWith("总计") || before.endsWith("加起来"))
                return n.value();
        }
        return null;
    }

    /** "（含司机2人）": whether every figure of the clause is a part of a figure said before it. */
    static boolean onlyParts(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (Mention.Count n : counts) if (!partOf(c.text, n.start())) return false;
        return !counts.isEmpty();
    }

    /** "62人，其中2个司机", "含司机2人": a part of the figure said before, not people on top of it. */
    private static boolean partOf(String text, int at) {
        int from = Math.max(0, at - 4);
        String before = text.substring(from, at);
        return before.contains("其中") || before.contains("含") || before.contains("包括");
    }

    /** Words saying people are already inside a figure said (两个司机算进去了), not on top of it. */
    private static final String[] INCLUDED = {"算进去", "算进来", "算在内", "算在里", "算上了", "包括在内", "包含在内", "含在内", "在里面了"};

    /** "两位家属明天中午过来吃饭": people who are not in the delegation's size come on top of it. */
    static boolean guests(Clause c) {
        // 我们有个领导问: the one who asks a question is no guest to feed.
        if (c.question || included(c)) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit()) continue;
            if (partOf(c.text, n.start())) continue;
            for (String g : Lexicon.GUESTS) {
                // 两位家属, 司机两名: the guests named right after or right before the figure.
                if (c.text.startsWith(g, n.end())) return true;
                if (n.start() >= c.start + g.length() && c.text.startsWith(g, n.start() - g.length())) return true;
            }
        }
        return false;
    }
}
