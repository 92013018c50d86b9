package org.receptionbot.parse;

import java.util.List;

/**
 * The delegation's whole said first, then the smaller figure of the people who move: "辽宁厅6人 今天到4个 CZ6347 晚上9点10到",
 * "住建部14人分两批：部领导一行4人乘CA1309，12:35到", "我们今天一共来6个人其中4个坐KY8257…", "江苏厅九位 那个MU2781三个人
 * 下午两点五十到". The whole is the delegation's size, no movement's figure; the part is the movement's count. Not so when
 * the second figure is another group's (新疆队47人 兵团25人: another team; 35人到了 4个去医院了, 6人 有2个不来: said
 * after the movement is done or denied; 还有2个, 其余10人: others).
 */
final class TotalThenPart {
    /** Words between the two figures that make the second another group, or the first a movement of its own. */
    private static final List<String> APART =
            List.of("了", "全", "都", "不", "没", "还有", "另外", "剩", "其余", "其他", "和", "跟", "加", "含", "包括", "少", "多");

    /** Words after the first figure that say the whole goes in batches (住建部14人分两批). */
    private static final List<String> BATCHES = List.of("分两批", "分三批", "分批", "分两拨", "分三拨", "分两波", "分两趟");

    private TotalThenPart() {}

    /** The part's figure when {@code n} is the clause's whole said before it; else {@code n}. */
    static Integer part(Clause c, Integer n) {
        if (n == null) return null;
        List<Mention.Count> units = c.current(Mention.Count.class).stream()
                .filter(Mention.Count::unit)
                .toList();
        if (units.size() < 2) return n;
        Mention.Count whole = units.get(0);
        Mention.Count part = units.get(1);
        if (whole.value() != n || part.value() >= whole.value() || part.value() <= 0) return n;
        if (SelfCorrection.wrong(c, whole) || SelfCorrection.wrong(c, part)) return n;
        if (!whole(c, whole)) return n;
        String between = c.text.substring(whole.end(), part.start());
        for (String w : APART) if (between.contains(w)) return n;
        // 45人 下午3点到 其中2人明天到: the whole's own movement said between; 今天到4个: the part right after the verb
        String verbs = between.strip();
        boolean verbBetween = verbs.indexOf('到') >= 0 || verbs.indexOf('走') >= 0 || verbs.contains("落地");
        if (verbBetween && !(verbs.endsWith("到") || verbs.endsWith("来") || verbs.endsWith("走"))) return n;
        // 35人 住4个房间, 4个车: no people
        String after = c.text.substring(part.end(), Math.min(c.end, part.end() + 2));
        if (after.startsWith("房") || after.startsWith("间") || after.startsWith("车") || after.startsWith("份")) return n;
        for (Mention.Team t : c.all(Mention.Team.class))
            if (t.start() >= whole.end() && t.start() < part.start()) return n;
        return part.value();
    }

    /** The figure is the delegation's whole: right after its name, after 共/一行, or going in batches after it. */
    private static boolean whole(Clause c, Mention.Count n) {
        if (CountPlaces.afterTeam(c, n) || CountPlaces.total(c.text, n.start())) return true;
        String before = c.text.substring(Math.max(c.start, n.start() - 3), n.start());
        if (before.contains("共") || before.contains("一行")) return true;
        String after = c.text.substring(n.end(), Math.min(c.end, n.end() + 4));
        for (String w : BATCHES) if (after.startsWith(w)) return true;
        return false;
    }
}
