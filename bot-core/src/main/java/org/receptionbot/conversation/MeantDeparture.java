package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Plan;
import org.receptionbot.parse.ChineseNumerals;
import org.receptionbot.record.Departure;

/**
 * Which of the team's departures ({@link TeamDepartures}) a departure said on a known day means, when the parser's
 * reading of it is not the departure meant:
 *
 * <ul>
 *   <li>the leaving hour kept beside a new flight or train hour ("航班延误了 改成16:20起飞 还是两点走"): the recorded
 *       departure at the kept hour (两点: 02:00 or 14:00), not moved ({@link #keptHour});
 *   <li>a whole team's departure said with no hour and no train ("宁夏出发了 谢谢大家…", "吃完晚饭去车站"), which the
 *       parser gives the plan's hour and train, while the team's one whole departure that day is recorded off the plan:
 *       that recorded departure, never the old plan put back ({@link #planFilled});
 *   <li>a change of a departure ahead ({@link DepartureDayAhead}): a batch named by its order ("第一批改成G1504了") is
 *       that recorded batch, its count kept; an evening hour with no half of the day said ("8点40开" said at 19:30) is
 *       the morning's when that is nearer the departure it changes ({@link #fitAhead}).
 * </ul>
 */
final class MeantDeparture {
    private static final Pattern KEPT = Pattern.compile("(?:还是|仍然|仍|依然|照样|照旧)(?:早上|上午|中午|下午|晚上)?"
            + "(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:点|[:：])(半|\\d{2})?分?(?:走|出发|离开|从酒店)");
    private static final Pattern ANY_HOUR = Pattern.compile("\\d{1,2}\\s*[点:：]|[一二两三四五六七八九十]+点");
    private static final Pattern CODE_OR_COUNT =
            Pattern.compile("[A-Z]{1,2}\\d{2,4}|\\d+\\s*(?:个|人|位|名)|[一二两三四五六七八九十]+\\s*(?:个人|位|名)");
    /** An hour packed food is picked up at ("6点半来拿", "6点40去取", "七点前来领"). */
    private static final Pattern PICK_UP = Pattern.compile(
            "(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*[点:：](半|\\d{2})?分?" + "(?:前|之前|左右)?\\s*(?:来|去|过来|下来)?(?:拿|取|领)");

    /** The plan said kept ("按原计划走", "还是按原定的走"). */
    private static final Pattern AS_PLANNED = Pattern.compile("按(?:原|照原|之前的?|原来的?)?(?:计划|定的?|安排)|照(?:原|旧)计划|原计划");

    private static final Pattern ORDINAL = Pattern.compile("第\\s*([一二三1-3])\\s*[批拨波]");

    private MeantDeparture() {}

    /** The leaving hour said kept in {@code text} ("还是两点走"), or null. */
    static LocalTime keptHourSaid(String text) {
        Matcher m = KEPT.matcher(text);
        if (!m.find()) return null;
        int h = ChineseNumerals.value(m.group(1));
        int min = m.group(2) == null ? 0 : "半".equals(m.group(2)) ? 30 : Integer.parseInt(m.group(2));
        return h < 0 || h > 23 || min > 59 ? null : LocalTime.of(h, min);
    }

    /** {@code d} at the hour {@code said} kept (or its afternoon reading) when recorded that day at it; else {@code d}. */
    static Departure keptHour(Departure d, LocalTime said, TeamDepartures team) {
        if (d.date() == null) return d;
        LocalTime late = said.getHour() < 12 ? said.plusHours(12) : said;
        LocalTime at = team.on(d.date()).stream()
                .map(Departure::time)
                .filter(t -> t != null && (t.equals(said) || t.equals(late)))
                .findFirst()
                .orElse(null);
        return at == null || at.equals(d.time()) ? d : withTime(d, at);
    }

    /**
     * {@code d} as the team's one whole departure recorded off the plan that day when {@code d} is the plan filled in
     * (no hour said in {@code text}); said gone {@code now}, without an hour or train of its own so that the recorded
     * one is confirmed gone. Else {@code d}.
     */
    static Departure planFilled(Departure d, String text, boolean now, TeamDepartures team) {
        if (ANY_HOUR.matcher(text).find() || d.time() == null) return d;
        Plan plan = team.plan();
        if (plan == null
                || team.size() == null
                || !plan.date().equals(d.date())
                || !Objects.equals(plan.time(), d.time())
                || !Objects.equals(plan.transport(), d.transport())
                || d.transport() != null && text.toUpperCase().contains(d.transport())) return d;
        if (d.count() != null && d.count() < team.size()) return d;
        List<Departure> whole = team.wholeOn(d.date());
        if (whole.size() != 1) return d;
        Departure x = whole.get(0);
        boolean offPlan = !Objects.equals(x.time(), plan.time()) || !Objects.equals(x.transport(), plan.transport());
        if (!offPlan) return d;
        return now
                ? new Departure(x.delegation(), x.date(), null, d.count(), null, null)
                : new Departure(x.delegation(), x.date(), x.time(), d.count(), x.transport(), x.part());
    }

    /**
     * {@code d} as the plan itself when {@code text} says the rest leave as planned on the plan's day ("不好意思说错了
     * 其他24个是29号下午按原计划走 不是30号", after 15 of 39 were said to leave early): the whole team, or the people left
     * after the batches recorded, with no other train nor hour, are the planned departure, not a new group. Else {@code d}.
     */
    static Departure planKept(Departure d, String text, TeamDepartures team) {
        Plan plan = team.plan();
        if (plan == null || !AS_PLANNED.matcher(text).find() || !plan.date().equals(d.date())) return d;
        if (d.transport() != null && !d.transport().equals(plan.transport())) return d;
        if (d.time() != null && !d.time().equals(plan.time())) return d;
        // 下午 holds a plan at 13:30 (中午 by the clock), 上午 does not
        if (d.part() != null
                && plan.time() != null
                && (plan.time().isBefore(d.part().from().minusHours(1))
                        || !plan.time().isBefore(d.part().to()))) return d;
        int batches = team.recorded().stream()
                .filter(x -> !team.whole(x) && !x.date().equals(d.date()))
                .mapToInt(Departure::count)
                .sum();
        boolean rest = team.whole(d) || team.size() != null && d.count() == team.size() - batches;
        return rest ? new Departure(d.delegation(), plan.date(), plan.time(), null, plan.transport(), null) : d;
    }

    /**
     * Whether {@code d} is only the day the team leaves said again, beside something else ("不是 我们明天才走 就是退房查房说少了
     * 毛巾要赔钱的事"): the whole team with no hour, train or count said in {@code text}, on a day the team's departures are
     * recorded. It changes none of them, whatever 不是 denies.
     */
    static boolean dayAgain(Departure d, String text, TeamDepartures team) {
        return team.whole(d)
                && !ANY_HOUR.matcher(text).find()
                && !CODE_OR_COUNT.matcher(text.toUpperCase()).find()
                && !team.on(d.date()).isEmpty();
    }

    /**
     * {@code d} without the hour the parser took from the only hour said, when that is the hour packed food is picked up
     * ("明天早上走的15个要打包早餐 6点半来拿"): the people leaving said again, not a new leaving hour. Else {@code d}.
     */
    static Departure pickUpHour(Departure d, String text) {
        if (d.time() == null) return d;
        Matcher hours = ANY_HOUR.matcher(text);
        int said = 0;
        while (hours.find()) said++;
        Matcher m = PICK_UP.matcher(text);
        if (said != 1 || !m.find()) return d;
        int h = ChineseNumerals.value(m.group(1));
        int min = m.group(2) == null ? 0 : "半".equals(m.group(2)) ? 30 : Integer.parseInt(m.group(2));
        if (h < 0 || h > 23 || min > 59) return d;
        LocalTime at = LocalTime.of(h, min);
        boolean same = d.time().equals(at) || h < 12 && d.time().equals(at.plusHours(12));
        return same ? new Departure(d.delegation(), d.date(), null, d.count(), d.transport(), null) : d;
    }

    /** {@code d}, dated its day ahead, as the batch named and at the hour meant. */
    static Departure fitAhead(Departure d, String text, TeamDepartures team) {
        Departure batch = batch(d, text, team);
        Departure fitted = batch == null
                ? d
                : new Departure(d.delegation(), d.date(), d.time(), batch.count(), d.transport(), d.part());
        LocalTime target = batch != null ? batch.time() : team.standingHour(d.date());
        LocalTime hour = hour(d.time(), target, text);
        return Objects.equals(hour, d.time()) ? fitted : withTime(fitted, hour);
    }

    /** The recorded batch of that day named by its order, when {@code d} counts no people of its own. */
    private static Departure batch(Departure d, String text, TeamDepartures team) {
        Matcher m = ORDINAL.matcher(text);
        if (d.count() != null || !m.find()) return null;
        int n = "一1".indexOf(m.group(1)) >= 0 ? 0 : "二2".indexOf(m.group(1)) >= 0 ? 1 : 2;
        List<Departure> batches = team.batchesOn(d.date());
        return batches.size() >= 2 && n < batches.size() ? batches.get(n) : null;
    }

    /** {@code time}, or its morning reading when no half of the day nor the afternoon hour was said and it is nearer. */
    private static LocalTime hour(LocalTime time, LocalTime target, String text) {
        if (time == null || target == null || time.getHour() < 13 || LeaveWords.halfOfDay(text)) return time;
        if (Pattern.compile("(?<!\\d)" + time.getHour() + "\\s*[点:：]")
                .matcher(text)
                .find()) return time;
        LocalTime morning = time.minusHours(12);
        long evening = Math.abs(Duration.between(target, time).toMinutes());
        long early = Math.abs(Duration.between(target, morning).toMinutes());
        return early < evening ? morning : time;
    }

    private static Departure withTime(Departure d, LocalTime at) {
        return new Departure(d.delegation(), d.date(), at, d.count(), d.transport(), d.part());
    }
}
