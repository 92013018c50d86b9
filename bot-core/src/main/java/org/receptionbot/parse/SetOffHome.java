package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Plan;

/**
 * "安徽中午晚上都是29人 明天早上6点出发 明早早饭打包二十九份": 出发 alone is a bus's timetable or a trip to a venue, but a
 * delegation setting off at a clock time on one of the event's last days, with a meal packed for the road in the
 * message, or a train or a flight named in it, is leaving: a departure. During the event ("湖南明天早上6点出发 早饭打包30份" before the last days), towards a
 * venue or a site visit (去赛场, 考察), or asked about, it is not read.
 */
final class SetOffHome {
    /** Words of going somewhere of the event, not home. */
    private static final String[] OUTINGS = {
        "赛场", "比赛", "场馆", "训练", "热身", "考察", "参观", "闭幕", "开幕", "体育馆", "会场", "党校", "活动", "演出", "彩排"
    };

    /** The sender confirming the set-off (确认, 确定), not asking whether to. */
    private static final Pattern CONFIRMED = Pattern.compile("(?<![不没未待是])(?:确认|确定)(?!.*(?:吗|\\?|？|是否))");

    private SetOffHome() {}

    /** The day the clause's team (named, else the sender's) has its departure planned in the event file. */
    private static boolean plannedDay(Clause c, LocalDate day, Reading reading) {
        List<String> teams = c.teams();
        String team = teams.size() == 1 ? teams.get(0) : teams.isEmpty() ? reading.sender() : null;
        if (team == null || day == null) return false;
        Plan plan = reading.lexicon()
                .event
                .delegation(team)
                .map(Delegation::departure)
                .orElse(null);
        return plan != null && day.equals(plan.date());
    }

    static boolean departs(Clause c, List<Clause> clauses, Reading reading) {
        int at = c.text.indexOf("出发", c.start);
        if (at < 0 || at + 2 > c.end || c.question || c.has(Cue.PAST) || c.has(Cue.UNSURE)) return false;
        if (!c.all(Mention.Vehicle.class).isEmpty()
                || !c.all(Mention.Route.class).isEmpty()) return false;
        boolean timed = false;
        for (Mention.Clock k : c.current(Mention.Clock.class)) timed |= k.end() <= at;
        if (!timed) return false;
        String message = reading.original();
        // 西藏下午4点半出发 30人全部 G1922: a train or a flight in the message is the road home as well.
        LocalDate day = day(c, clauses, reading);
        // 河南确认 明天下午一点半出发: a team confirming its set-off, or setting off on its planned departure day
        if (!message.contains("打包")
                && !ticketed(clauses)
                && !CONFIRMED.matcher(message).find()
                && !plannedDay(c, day, reading)) return false;
        for (String w : OUTINGS) if (message.contains(w)) return false;
        if (c.teams().isEmpty() && reading.sender() == null && !named(clauses)) return false;
        return lastDays(day, reading);
    }

    private static boolean ticketed(List<Clause> clauses) {
        for (Clause c : clauses) if (!c.all(Mention.Transport.class).isEmpty()) return true;
        return false;
    }

    private static boolean named(List<Clause> clauses) {
        for (Clause c : clauses) if (!c.teams().isEmpty()) return true;
        return false;
    }

    /** The day of the setting off: its own, else the last one said before it, else today. */
    private static LocalDate day(Clause c, List<Clause> clauses, Reading reading) {
        return VerblessTicket.day(c, clauses, reading);
    }

    /** Whether {@code day} is the event's last day or the one before, in its second half. */
    static boolean lastDays(LocalDate day, Reading reading) {
        if (day == null) return false;
        LocalDate start = reading.lexicon().event.start();
        LocalDate end = reading.lexicon().event.end();
        long half = (end.toEpochDay() - start.toEpochDay()) / 2;
        return !day.isBefore(end.minusDays(1)) && !day.isAfter(end) && day.isAfter(start.plusDays(half));
    }
}
