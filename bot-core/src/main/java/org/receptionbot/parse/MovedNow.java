package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/** A movement reported as it happens, with no day or time of its own: today's. */
final class MovedNow {

    /** Words of setting off or boarding said as done; 出发 alone is a bus's timetable or an order. */
    static final String[] SET_OFF = {"已出发", "已经出发", "出发了", "全部出发", "全员出发", "都出发了", "已登机", "已经登机", "登机了"};

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
        if (!c.all(Mention.Clock.class).isEmpty() && !ticket || vehicleMoves(c)) return false;
        // 今晚动车D3612走了: today's own day word (and the part of the day it is) is still now.
        List<Mention.Day> days = c.all(Mention.Day.class);
        for (Mention.Day d : days) if (!d.date().equals(today)) return false;
        for (Mention.Part p : c.all(Mention.Part.class))
            if (!ticket && !sameSpan(p, days) && !NowSaid.begunAndDone(p, c, kind, now)) return false;
        boolean vehicle = kind == Draft.Kind.ARRIVAL
                ? vehicleArrives(c) && !carried(c)
                : c.has(Cue.TOPIC_VEHICLE) && c.at(Cue.TOPIC_VEHICLE) < c.at(Cue.DEPART) && !boarded(c);
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
                        || firstPart(c)
                        || NowSaid.allHere(c)
                        || NowSaid.landed(c)
                : gone(c);
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
     * "1、2号车共80人 都出发了", "医生已经出发了": set off (see {@link #SET_OFF}) with no delegation or 我们 in the
     * clause is the buses or someone else, no delegation leaving.
     */
    static boolean setOffByNoOne(Clause c) {
        int at = c.at(Cue.DEPART);
        boolean setOff = false;
        for (String w : SET_OFF) setOff |= c.text.startsWith(w, at);
        return setOff && c.teams().isEmpty() && !contains(c, "我们") && !contains(c, "咱们");
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

    /** "29人 3点40到的站", "下午2点已经到了": an arrival at a clock time, said as done (到的, 到了, 已到, 刚到). */
    static boolean arrivedAt(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()) return false;
        int end = c.endOf(Cue.ARRIVE);
        char before = verb > c.start ? c.text.charAt(verb - 1) : ' ';
        char after = end < c.end ? c.text.charAt(end) : ' ';
        return before == '已' || before == '刚' || after == '了' || after == '的';
    }

    /**
     * "宁夏早上8点已经走了哈 忘了说", "河北7点半已走": a departure at a clock time of today, said as done (已经走了, 已走),
     * reported late; the caller checks that the time is past.
     */
    static boolean leftAt(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb < 0
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || c.question) return false;
        int end = c.endOf(Cue.DEPART);
        String before = c.text.substring(Math.max(c.start, verb - 2), verb);
        // 我们11点就走了 is the plan of a day said before; 已经走了 is done.
        boolean done = before.endsWith("已") || before.equals("已经");
        // The clock time comes before the verb: the time of leaving, not of something after it.
        return done && c.all(Mention.Clock.class).get(0).end() <= verb;
    }

    /** Before the verb, words that make a clock time a plan (7点就走了, 8点要走了), not a departure done. */
    private static final String PLANNED = "就要才再得会准备打算";

    /**
     * "江西的车早上6点05开走了", "宁夏的车8点13走的": a departure at a clock time, the verb said done by 了 or 的 after
     * it (7点就走了 is a plan); the caller checks that the time is past and that no other day was said.
     */
    static boolean leftAtSaidDone(Clause c) {
        int verb = c.at(Cue.DEPART);
        if (verb <= c.start
                || c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || c.question) return false;
        int end = c.endOf(Cue.DEPART);
        char after = end < c.end ? c.text.charAt(end) : ' ';
        boolean done = after == '了' || after == '的' || c.text.charAt(end - 1) == '了';
        boolean planned = PLANNED.indexOf(c.text.charAt(verb - 1)) >= 0;
        return done
                && !planned
                && !contains(c, "从")
                && c.all(Mention.Clock.class).get(0).end() <= verb;
    }

    /**
     * Whether a vehicle of the event is what moves; "北京5位都接上了 上的3号车": one the people boarded after
     * arriving is only how they go on.
     */
    private static boolean vehicleMoves(Clause c) {
        int verb = Math.max(c.at(Cue.ARRIVE), c.at(Cue.DEPART));
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) {
            int b = v.start();
            if (c.has(Cue.ARRIVE) && VehicleSubjects.carries(c.text, v, c.at(Cue.ARRIVE), c.mentions)) continue;
            boolean boarded =
                    c.text.startsWith("上的", b - 2) || c.text.startsWith("坐上", b - 2) || c.text.startsWith("上了", b - 2);
            // 已落地 在等行李 7号车在哪个出口: a vehicle said past a space after the verb is a matter of its own.
            if (verb >= 0 && b > verb && c.text.substring(verb, b).indexOf(' ') >= 0) continue;
            if (!boarded || b < verb) return true;
        }
        return false;
    }

    /** 已经走了, 刚走, 出发去车站了: the verb said as done (先走的是12个人 is who leaves, not who left). */
    static boolean gone(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < 0) return false;
        char before = at > c.start ? c.text.charAt(at - 1) : ' ';
        if (before == '已' || before == '刚' || c.text.startsWith("已经", at - 2)) return true;
        // 已出发, 出发了, 全部出发, 登机了: the verb's own word says it is done.
        int end = c.endOf(Cue.DEPART);
        if (c.text.charAt(at) == '已' || c.text.charAt(end - 1) == '了' || c.text.startsWith("全", at)) return true;
        int le = c.text.indexOf('了', c.endOf(Cue.DEPART));
        if (le >= 0 && le < c.end && le - c.endOf(Cue.DEPART) <= 6) return true;
        // 今天走的6个人已经送上车了: the people leaving, seen onto the bus.
        for (String w : SEEN_OFF) if (c.text.indexOf(w, end) >= 0 && c.text.indexOf(w, end) < c.end) return true;
        // 先走的8个已经出发去车站了: the leavers named by their movement, then set off as done.
        if (end < c.end && c.text.charAt(end) == '的')
            for (String w : SET_OFF) if (c.text.indexOf(w, end) >= 0 && c.text.indexOf(w, end) < c.end) return true;
        // 陕西的已经上车了 去车站: boarded, said as done, before where they head.
        String said = c.text.substring(c.start, at);
        for (String w : BOARDED) if (said.contains(w)) return true;
        return false;
    }

    /** Boarding said as done. */
    private static final String[] BOARDED = {"已经上车", "已上车", "都上车了", "上车了"};

    /** Words that say people were seen onto their bus or off, after the verb of leaving. */
    private static final String[] SEEN_OFF = {"送上车了", "已经送上车", "已送上车", "送走了", "已经上车", "已上车", "都上车了"};

    /** "45人已经上车了 往高铁站走了": the bus named only as what people boarded (上车, 送上车) is not what left. */
    private static boolean boarded(Clause c) {
        int vehicle = c.at(Cue.TOPIC_VEHICLE);
        return vehicle > c.start && c.text.charAt(vehicle - 1) == '上' && c.has(Cue.PAST);
    }

    /**
     * "车到了", "大巴已到酒店": a vehicle said before the arrival verb, in the same stretch with no space,
     * is what arrives; "车修好了 刚到九院", "到了 在出口等车" are people arriving.
     */
    private static boolean vehicleArrives(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (!c.has(Cue.TOPIC_VEHICLE) || verb < 0) return c.has(Cue.TOPIC_VEHICLE);
        int vehicle = c.at(Cue.TOPIC_VEHICLE);
        if (vehicle > verb) return false;
        for (int i = vehicle; i < verb; i++) if (c.text.charAt(i) == ' ') return false;
        return true;
    }

    /** Every vehicle of the clause carries the people who arrive ({@link VehicleSubjects#carries}). */
    private static boolean carried(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty() || !c.has(Cue.ARRIVE)) return false;
        for (Mention.Vehicle v : vehicles)
            if (!VehicleSubjects.carries(c.text, v, c.at(Cue.ARRIVE), c.mentions)) return false;
        return true;
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

    private static boolean contains(Clause c, String word) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < c.end;
    }
}
