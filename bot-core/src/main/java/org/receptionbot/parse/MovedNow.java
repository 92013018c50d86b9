package org.receptionbot.parse;

/** A movement reported as it happens, with no day or time of its own: today's. */
final class MovedNow {

    private MovedNow() {}

    /**
     * "我们已经到了", "甘肃队29人刚刚到达", "宁夏队已经走了 刚送上车": people (a delegation, a figure,
     * 我们) arriving or leaving as it is reported, with no day or time of its own: today's movement. A
     * vehicle said before a departure is what left ("车已经走了"), not the people.
     */
    static boolean test(Clause c, Draft.Kind kind) {
        if (!c.all(Mention.Day.class).isEmpty() || !c.all(Mention.Clock.class).isEmpty()) return false;
        if (!c.all(Mention.Part.class).isEmpty()
                || !c.all(Mention.Vehicle.class).isEmpty()) return false;
        boolean vehicle = kind == Draft.Kind.ARRIVAL
                ? c.has(Cue.TOPIC_VEHICLE)
                : c.has(Cue.TOPIC_VEHICLE) && c.at(Cue.TOPIC_VEHICLE) < c.at(Cue.DEPART);
        if (vehicle || c.has(Cue.TOPIC_MEAL) || !c.all(Mention.Meals.class).isEmpty()) return false;
        if (c.has(Cue.TOPIC_OTHER) || c.has(Cue.TOPIC_ADMIN) || c.has(Cue.SOON)) return false;
        boolean done = kind == Draft.Kind.ARRIVAL
                ? c.has(Cue.PAST) || contains(c, "了") || contains(c, "刚") || contains(c, "已")
                : gone(c);
        boolean people = !c.teams().isEmpty() || Figures.people(c) != null || contains(c, "我们") || contains(c, "刚");
        return done && people;
    }

    /** 已经走了, 刚走, 出发去车站了: the verb said as done (先走的是12个人 is who leaves, not who left). */
    private static boolean gone(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < 0) return false;
        char before = at > c.start ? c.text.charAt(at - 1) : ' ';
        if (before == '已' || before == '刚' || c.text.startsWith("已经", at - 2)) return true;
        int le = c.text.indexOf('了', c.endOf(Cue.DEPART));
        return le >= 0 && le < c.end && le - c.endOf(Cue.DEPART) <= 6;
    }

    /**
     * "海南已经平安落地海口，感谢大家这几天的照顾", "大部队已经到郑州了 报个平安": an arrival said as it
     * happens in a message that reports being safe and says goodbye is the journey home, no arrival here.
     */
    static boolean home(Clause c, Draft.Kind kind, String message) {
        if (kind != Draft.Kind.ARRIVAL || !message.contains("平安") || !test(c, kind)) return false;
        for (String w : FAREWELL) if (message.contains(w)) return true;
        return false;
    }

    private static final String[] FAREWELL = {"报平安", "报个平安", "感谢", "谢谢", "这几天", "到家", "再见", "后会有期"};

    private static boolean contains(Clause c, String word) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < c.end;
    }
}
