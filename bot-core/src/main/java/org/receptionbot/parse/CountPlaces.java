package org.receptionbot.parse;

/**
 * Where a number stands that makes it a count of people for {@link Figures#count}: after 共, a meal word, a
 * delegation, a vehicle or a word of reporting or eating; not a whole group with a later part of it.
 */
final class CountPlaces {

    private CountPlaces() {}

    /**
     * "百色线6人里有1人…不去了", "5个人中有两个…": the whole group, a later figure of some of it after it, is not the
     * figure of what those some do.
     */
    static boolean groupOfLater(Clause c, Mention.Count n) {
        int at = n.end();
        boolean among = c.text.startsWith("里", at) || c.text.startsWith("中", at) || c.text.startsWith("当中", at);
        if (!among) return false;
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.start() > at && m.unit()) return true;
        return false;
    }

    /** "运动员28 教练4 共35人": the total after 共/合计 is the figure of a breakdown. */
    static boolean total(String text, int at) {
        int i = at;
        while (i > 0 && " ：:".indexOf(text.charAt(i - 1)) >= 0) i--;
        return i > 0 && text.charAt(i - 1) == '共' || i > 1 && text.startsWith("合计", i - 2);
    }

    /** "中午43", "晚餐 41", "明早：38": a bare number right after a meal word is that meal's figure. */
    static boolean afterMeal(Clause c, Mention.Count n) {
        for (Mention m : c.mentions) {
            if (!(m instanceof Mention.Meals || m instanceof Mention.Part)) continue;
            if (m.end() == n.start()) return true;
            if (m.end() + 1 == n.start() && " :：".indexOf(c.text.charAt(m.end())) >= 0) return true;
        }
        return false;
    }

    static boolean afterAnyVehicle(Clause c, Mention.Count n) {
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) {
            Integer after = SaidFigures.afterVehicle(c, v);
            if (after != null && after == n.value()) return true;
        }
        return false;
    }

    /** "…情况：四川20，贵州15": a bare number right after a delegation's name is its figure. */
    static boolean afterTeam(Clause c, Mention.Count n) {
        for (Mention.Team t : c.all(Mention.Team.class)) {
            if (t.end() == n.start() || t.end() + 1 == n.start() && " :".indexOf(c.text.charAt(t.end())) >= 0)
                return true;
        }
        return false;
    }

    static boolean afterCountWord(String text, int at) {
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
        // 晚饭取消2: a bare number right after a cancellation is the figure cancelled.
        if (i >= 1 && text.startsWith("取消", i - 1)) return true;
        // 人数跟昨天一样 42: a bare number right after a likening to another day is the figure said all the same.
        if (i >= 1 && (text.startsWith("一样", i - 1) || text.startsWith("相同", i - 1) || text.startsWith("一致", i - 1)))
            return true;
        // 明早早饭全体五十五, 全团45: a bare number right after the whole group (全体, 全部, 全员, 全团) is their figure.
        if (i >= 1 && text.charAt(i - 1) == '全' && "体部员团队".indexOf(text.charAt(i)) >= 0) return true;
        return i >= 0 && Lexicon.BEFORE_BARE_FIGURE.indexOf(text.charAt(i)) >= 0;
    }
}
