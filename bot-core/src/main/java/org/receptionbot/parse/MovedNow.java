package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/** A movement reported as it happens, with no day or time of its own: today's. */
final class MovedNow {

    private static final String[] EARLIER_EVENT = {"上届", "上一届", "去年", "往年", "前年"};

    private MovedNow() {}

    /**
     * "我们已经到了", "甘肃队29人刚刚到达", "宁夏队已经走了 刚送上车": people (a delegation, a figure,
     * 我们) arriving or leaving as it is reported, with no day or time of its own (or today's: 今晚…走了): today's movement. A
     * vehicle said before a departure is what left ("车已经走了"), not the people.
     */
    static boolean test(Clause c, Draft.Kind kind, LocalDate today) {
        return test(c, kind, today, null, false);
    }

    /**
     * As {@link #test(Clause, Draft.Kind, LocalDate)}, and with {@code now} a part of today already begun with the
     * movement said as done, and from a liaison ({@code liaison}) a verb with no subject (see {@link NowSaid}).
     */
    static boolean test(Clause c, Draft.Kind kind, LocalDate today, java.time.LocalTime now, boolean liaison) {
        boolean ticket = !c.all(Mention.Clock.class).isEmpty() && ticketTimes(c);
        if (!c.all(Mention.Clock.class).isEmpty() && !ticket || VehicleMoving.vehicleMoves(c)) return false;
        // 今晚动车D3612走了: today's own day word (and the part of the day it is) is still now.
        List<Mention.Day> days = c.all(Mention.Day.class);
        for (Mention.Day d : days) if (!d.date().equals(today)) return false;
        for (Mention.Part p : c.all(Mention.Part.class))
            if (!ticket && !sameSpan(p, days) && !BegunPart.doneIn(p, c, kind, now)) return false;
        boolean vehicle = kind == Draft.Kind.ARRIVAL
                ? VehicleMoving.vehicleArrives(c) && !VehicleMoving.carried(c)
                : c.has(Cue.TOPIC_VEHICLE) && c.at(Cue.TOPIC_VEHICLE) < c.at(Cue.DEPART) && !VehicleMoving.boarded(c);
        if (vehicle || c.has(Cue.TOPIC_MEAL) || !c.all(Mention.Meals.class).isEmpty()) return false;
        if (c.has(Cue.TOPIC_OTHER) && !apart(c, kind, Cue.TOPIC_OTHER)
                || c.has(Cue.TOPIC_ADMIN) && !apart(c, kind, Cue.TOPIC_ADMIN)
                || c.has(Cue.SOON)) return false;
        // 上一届我们提前两天就到了: a movement at an earlier event is no movement now.
        for (String w : EARLIER_EVENT) if (contains(c, w)) return false;
        boolean done = kind == Draft.Kind.ARRIVAL
                ? c.has(Cue.PAST)
                        || contains(c, "了")
                        || contains(c, "啦")
                        || contains(c, "刚")
                        || contains(c, "已")
                        // 河北厅6人报到完毕: registered, said as finished.
                        || contains(c, "完毕")
                        // 江苏厅9人全部报到: all of them registered.
                        || contains(c, "全部报到")
                        || contains(c, "都报到")
                        || contains(c, "均报到")
                        || firstPart(c)
                        || NowSaid.allHere(c)
                        || NowSaid.landed(c)
                        // 贵州50人G1118准点到达: how the arrival went says it done.
                        || ArrivedHowItWent.said(c)
                : GoneSaid.gone(c);
        boolean people = !c.teams().isEmpty()
                || Figures.people(c) != null
                || contains(c, "我们")
                || contains(c, "刚")
                || liaison && NowSaid.subjectless(c, kind);
        return done && people;
    }

    /**
     * "坐G530 下午5点10分的 已经出发去南宁东站了": each clock time is a ticket's (said with 的, beside a train or flight
     * number), not when the people moved.
     */
    private static boolean ticketTimes(Clause c) {
        if (c.all(Mention.Transport.class).isEmpty()) return false;
        for (Mention.Clock k : c.all(Mention.Clock.class))
            if (k.end() >= c.end || c.text.charAt(k.end()) != '的') return false;
        return true;
    }

    /**
     * "已经到机场了 刚下飞机 在等行李", "上午已经到了 32个人在大堂登记": belongings or papers said after the verb, past
     * a space, are not what moves.
     */
    private static boolean apart(Clause c, Draft.Kind kind, Cue topic) {
        int verb = c.endOf(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        int other = c.at(topic);
        return verb >= 0 && other > verb && c.text.substring(verb, other).indexOf(' ') >= 0;
    }

    /** "大连先到2个": the first of the delegation, counted, are here. */
    private static boolean firstPart(Clause c) {
        int at = c.text.indexOf("先到", c.start);
        if (at < 0 || at >= c.end) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit() && n.start() >= at + 2) return true;
        return false;
    }

    private static boolean sameSpan(Mention.Part p, List<Mention.Day> days) {
        for (Mention.Day d : days) if (d.start() == p.start() && d.end() == p.end()) return true;
        return false;
    }

    /**
     * "海南已经平安落地海口，感谢大家这几天的照顾", "大部队已经到郑州了 报个平安": an arrival said as it
     * happens in a message that reports being safe and says goodbye is the journey home, no arrival here.
     */
    static boolean home(Clause c, Draft.Kind kind, String message, LocalDate today) {
        if (kind != Draft.Kind.ARRIVAL || !message.contains("平安") || !test(c, kind, today)) return false;
        for (String w : FAREWELL) if (message.contains(w)) return true;
        return false;
    }

    private static final String[] FAREWELL = {"报平安", "报个平安", "感谢", "谢谢", "这几天", "到家", "再见", "后会有期"};

    /** Whether {@code word} is said within the clause. */
    static boolean contains(Clause c, String word) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < c.end;
    }
}
