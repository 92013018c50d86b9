package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.record.PartOfDay;

/** Places a movement: its day (today when unsaid and still ahead), part of the day, and one record per delegation. */
final class MovementPlacing {
    private final Reading reading;

    MovementPlacing(Reading reading) {
        this.reading = reading;
    }

    /** One movement record per delegation the clause is about. */
    void place(Clause c, Draft.Kind kind, Integer n, String transport, ClauseState state, Drafts drafts) {
        List<Mention.Day> days = unaffected(c, c.current(Mention.Day.class));
        LocalDate day = !days.isEmpty() ? verbsDay(c, kind, days).date() : state.date();
        // 5个昨晚已经走了 剩下42个10点半走: a day gone by, said of those gone, is not the day of the ones still to go.
        if (days.isEmpty() && day != null && day.isBefore(reading.today()) && stillAhead(c)) day = null;
        // 中午30个吃 3个去县城的直接去车站 (said in the evening): the day of the meal said before it, tomorrow.
        if (day == null && kind == Draft.Kind.DEPARTURE) day = MealDayLeaving.day(c, drafts, reading);
        LocalTime time = Figures.time(c);
        // 云南飞机又晚点了 九点半才落地 (said at 18:50): a movement of today said late now is later than now.
        if (day == null || day.equals(reading.today())) time = LateTonight.of(c, kind, time, reading.now());
        // 3点40到的站: a clock time of an arrival said as done is today's.
        // K356晚点了 现在说是7点10分到: a late train or flight is today's journey.
        boolean done = kind == Draft.Kind.ARRIVAL && MovedAtClock.arrivedAt(c) || TicketChange.changed(c, null);
        // 另外的中午走 (said at 20:05): a departure in a part of the day already over is not today's; the day is asked.
        if (day == null
                && (time == null
                        ? !moved(c) && !(kind == Draft.Kind.DEPARTURE && partOver(c))
                        : time.isAfter(reading.now().toLocalTime()) || done)) {
            day = reading.today();
        }
        // 厦门3人 MF8208 11点05 (said in the evening): a ticket's time already past today is tomorrow's.
        if (day == null && kind == Draft.Kind.DEPARTURE && EveningTicket.tomorrow(c, transport, time, reading.now()))
            day = reading.today().plusDays(1);
        if (day != null && day.isBefore(reading.today())) return;
        // 有一半人要先回武汉 具体名单下午定: a vague part of the delegation, its figure deferred, is no record yet.
        if (n == null && reading.defers() && !c.all(Mention.Vague.class).isEmpty()) return;
        // 四川厅8个人 分两批走 (5个上午10点…): the whole goes in batches; each batch gives its own people.
        Integer people = TravellingInBatches.inBatches(c) < 0 ? n : firstBatch(c, TravellingInBatches.inBatches(c));
        // 打包10份早餐 有10个运动员6点就走: the early start of the packed portions, no one leaving; on the event's last
        // days (宁波3人明天早上6点出发 早饭打包3份) the road home.
        // 明天早饭打包15份 七点出发 on the last days: a figure said only as the portions is no people going home
        String packed = kind == Draft.Kind.DEPARTURE
                        && (!SetOffHome.lastDays(day, reading) || PackedLeavers.portionsOnly(c, people))
                ? PackedLeavers.meal(c, people, time, transport, reading.lexicon())
                : null;
        for (String team : reading.who(c, state)) {
            if (team == null && reading.sender() == null && MovementTalk.toEveryone(c)) continue;
            if (kind == Draft.Kind.DEPARTURE && CheckOutBesideDeparture.test(c, drafts, team)) continue;
            Draft d = drafts.add(kind, c, reading.original());
            d.team = team;
            d.date = day;
            d.time = time;
            d.checkOutTime = time != null && CheckOutClocks.checkOutOnly(c);
            d.part = time == null ? part(c) : null;
            d.count = people;
            d.transport = transport;
            d.packedMeal = packed;
            if (team == null) d.missing = Gap.Field.DELEGATION;
            else if (day == null) d.missing = Gap.Field.DATE;
            else if (n == null && reading.asksFigure(c) && !MovementBeside.vagueOfProblem(c))
                d.missing = Gap.Field.COUNT;
        }
    }

    /** Neither said done nor told as it was (也走了, 晚上到的): a movement still to come. */
    private static boolean stillAhead(Clause c) {
        String said = c.span().strip();
        return !c.has(Cue.PAST) && !said.contains("了") && !said.endsWith("的");
    }

    /**
     * The day of the movement among the clause's days: the last said before its verb ("今天比完了 … 明天上午就先回去 坐G1722":
     * today is the remark's, tomorrow the leaving's), else the first.
     */
    private static Mention.Day verbsDay(Clause c, Draft.Kind kind, List<Mention.Day> days) {
        int verb = c.at(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        Mention.Day best = days.get(0);
        if (verb < 0) return best;
        for (Mention.Day d : days) if (d.end() <= verb) best = d;
        return best;
    }

    /** "下午5点半才到 不影响明天", "不耽误后天的比赛": a day the movement is said not to touch is not its day. */
    private static List<Mention.Day> unaffected(Clause c, List<Mention.Day> days) {
        return days.stream().filter(d -> !affected(c.text, d.start())).toList();
    }

    private static boolean affected(String text, int at) {
        for (String w : AFFECTING) if (text.startsWith(w, at - w.length())) return true;
        return false;
    }

    private static final List<String> AFFECTING = List.of("影响", "耽误", "耽搁", "影响到", "耽误到", "不误");

    private static boolean contains(Clause c, String word) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < c.end;
    }

    /** 提前走, 推迟离开: the plan moves, but to which day is not said. */
    private static boolean moved(Clause c) {
        return contains(c, "提前") || contains(c, "推迟") || contains(c, "延后") || contains(c, "改期");
    }

    /** 有8个人下午先走: the part of the day said for a movement with no clock time, or null. */
    /**
     * Whether the clause's part of the day, before the evening, ended an hour or more before now, and the clause does
     * not say it done (早上的车走了).
     */
    private boolean partOver(Clause c) {
        PartOfDay p = part(c);
        return p != null
                && c.text.substring(c.start, c.end).indexOf('了') < 0
                && p != PartOfDay.EVENING
                && p.to().plusHours(1).isBefore(reading.now().toLocalTime());
    }

    static PartOfDay part(Clause c) {
        List<Mention.Part> parts = c.current(Mention.Part.class);
        return parts.isEmpty() ? null : parts.get(0).part().said();
    }

    /** The people of the first batch, said after the batches (分两批走 5个上午10点), or null. */
    private static Integer firstBatch(Clause c, int after) {
        for (Mention.Count m : c.all(Mention.Count.class)) if (m.start() >= after && m.unit()) return m.value();
        return null;
    }
}
