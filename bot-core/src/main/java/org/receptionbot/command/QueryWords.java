package org.receptionbot.command;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;

/**
 * Questions in plain words over the reading commands: who has not reported a meal ("还有哪些没报",
 * "谁还没报晚餐", "未报餐"), where a delegation stands for a meal ("北京报了没", "广西晚饭报了吗"), a
 * meal's total ("午饭各餐厅一共多少人", "各场馆午餐多少人", "午餐各餐厅合计"; venue words, the event's
 * venue names among them, are the board's scope, which lists every venue), a delegation's vehicle ("广东的车是几号车"),
 * a delegation's standing ("重庆团情况", as {@code /status}) and a site-visit route's head counts ("百色线实到多少",
 * "北海线清点", as {@code /visits} of the route), who arrives or leaves on a day ("今天离开的有几个", "明天走的有哪些团",
 * as {@code /moves} of that day). A question is one cue of its family around at most a delegation
 * or a route, a day and a meal (named, or a part of the day: 今晚, 明早, 中午), and nothing else: a message with a
 * figure or any other word is no question and goes to the parser, so a report is never taken for one (save the
 * asker's own figure inside 报…了吗: "贵州中午报46了吗").
 */
final class QueryWords {
    private static final Pattern NOISE = Pattern.compile("^(?:请问|问一下|查一下|看一下)|[，,。.？?！!\\s]+|(?:呢|啊|呀)$");
    private static final Pattern FILLER = Pattern.compile("现在|目前|一下");
    /**
     * Where the meal is served, as a whole or each: 各场馆, 各个餐厅, 所有用餐点, 全部食堂. A total asked
     * "per venue" is the meal's board, which lists every venue.
     */
    private static final Pattern VENUES =
            Pattern.compile("(?:各个?|每个|所有|全部|全体)?(?:场馆|餐厅|用餐点|就餐点|用餐地点|就餐地点|餐点|食堂)(?:的|里|里面)?");

    private static final Pattern OWN = Pattern.compile("我们团|我们|咱们|本团|我团");
    private static final Pattern DATE = Pattern.compile("今天|今日|明天|明日|后天|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]");
    private static final Pattern PART = Pattern.compile("([今明])([早晚])|早上|中午|晚上");
    private static final Pattern NOT_REPORTED = Pattern.compile("(?:还有|有)?(?:哪些|哪几个|哪个|谁|几个)?(?:代表团|团|队)?[还都]?"
            + "(?:没有|没|未)报(?:餐|数|人数)?(?:的|餐的)?(?:代表团|团)?(?:名单)?(?:有|是)?(?:哪些|哪几个|谁|几个)?(?:代表团|团)?");
    /** A figure the asker reported, in "报46了吗", "报了30个没有": the question is where the report stands all the same. */
    private static final String OWN_FIGURE = "(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,5})(?:个人|个|人|位)?";

    private static final Pattern REPORTED = Pattern.compile("[都还]?(?:报了没有?|报了吗|报没报|有没有报|报餐了[吗没]|报[齐完]了[吗没]|还?没报[吗呢]"
            // the asker sure of having reported: 我们不是报了吗, 不是已经报过了吗, 报上去了没有
            + "|不是(?:已经)?报(?:过)?了?(?:吗|么|嘛)|(?:已经)?报过了?(?:吗|么|没有?)|报上去?了(?:吗|么|没有?)"
            + "|报的?" + OWN_FIGURE + "(?:了[吗没]有?|收到了[吗没]有?)|报了" + OWN_FIGURE + "[吗没]有?)");
    private static final Pattern TOTAL =
            Pattern.compile("(?:一共|总共|共|合计|总计|共计)?(?:报了)?(?:有)?(?:多少人|几个人|几人|多少|人数)(?:吃饭|用餐|就餐)?"
                    + "|(?:人数)?(?:合计|总计|共计|汇总|总数|总人数|统计)(?:一下|是多少|多少)?");
    private static final Pattern VEHICLE =
            Pattern.compile("的?(?:[坐用乘]的?)?(?:车|用车|大巴|车辆)(?:是|在)?(?:几号车?|哪辆车?|哪个车|哪台车?|哪[里儿]?|多少号|信息|情况|电话|司机|车牌)?"
                    + "|的?[坐用乘](?:几号车|哪辆车|哪个车)|的?司机(?:是谁|电话)?");

    /** Who moves on a day: 离开的有几个, 走的有哪些团, 到的有几个团, 有哪些团离开, 几个团到. */
    private static final String MOVE = "(?:要|会)?(?:离开|离会|返程|走|到达|抵达|报到|到|来)";

    private static final String HOW_MANY = "(?:哪些|哪几个|几个|多少个?)(?:代表团|团|队)?";
    private static final Pattern MOVING =
            Pattern.compile(MOVE + "的(?:代表团|团|队)?(?:有|是)?" + HOW_MANY + "|(?:有|是)?" + HOW_MANY + MOVE + "(?:的)?");

    /** A delegation's standing: 情况, 什么情况, 最新情况怎么样, 状态. */
    private static final Pattern STATUS = Pattern.compile("的?(?:最新|整体)?(?:情况|什么情况|状态)(?:怎么样|如何|咋样)?了?");
    /** A route's head counts: 实到多少, 清点, 清点情况, 到了几个人, 点完了吗, 人到齐了没. */
    private static final Pattern ROUTE_COUNT = Pattern.compile("的?(?:(?:实到|清点|点名)了?的?(?:人数|情况|结果|多少人?|几个人|几人)?"
            + "(?:了[吗没]|没有?|完了[吗没]?|好了[吗没])?|(?:到了|来了|上车了?)(?:多少人?|几个人|几人)|人?到?齐了[吗没])");

    private final Event event;
    private final DelegationNames names;

    QueryWords(Event event) {
        this.event = event;
        this.names = new DelegationNames(event);
    }

    /** The question the text asks, or null when it is no question of these families. */
    Command read(String text, LocalDate today) {
        String t = NOISE.matcher(text).replaceAll("");
        String route = routeIn(t);
        if (route != null) {
            // a route's word makes any other question no question ("百色线晚饭多少人")
            String cue = FILLER.matcher(t.replaceFirst(Pattern.quote(route) + "(?:线|路线)?(?:考察)?", ""))
                    .replaceAll("");
            return ROUTE_COUNT.matcher(cue).matches() || RouteListAsked.asked(cue, t)
                    ? new Command.Visits(event.routeNamed(route).orElseThrow().name())
                    : null;
        }
        String delegation = null;
        String name = delegationIn(t);
        if (name != null) {
            delegation = name;
            t = t.replaceFirst(Pattern.quote(name) + "(?:代表团|代表队|团|队)?", "");
        } else if (OWN.matcher(t).find()) {
            delegation = "";
            t = OWN.matcher(t).replaceFirst("");
        }
        LocalDate date = null;
        String meal = null;
        Matcher part = PART.matcher(t);
        if (part.find()) {
            if (part.group(1) != null) date = part.group(1).equals("今") ? today : today.plusDays(1);
            meal = mealAt(part.group(2) != null ? part.group(2) : part.group())
                    .map(Meal::id)
                    .orElse(null);
            t = t.substring(0, part.start()) + t.substring(part.end());
        }
        Matcher d = DATE.matcher(t);
        if (date == null && d.find()) {
            Optional<LocalDate> read = DateWords.read(d.group(), today);
            if (read.isEmpty()) return null;
            date = read.get();
            t = t.substring(0, d.start()) + t.substring(d.end());
        }
        Optional<Meal> named = mealNamed(t);
        if (named.isPresent()) {
            meal = named.get().id();
            t = t.replaceFirst(Pattern.quote(nameOf(t, named.get())), "");
        }
        t = FILLER.matcher(t).replaceAll("");
        if (delegation == null && meal == null && MOVING.matcher(t).matches())
            return new Command.Moves(date != null ? date : today, MoveWords.side(t));
        t = VENUES.matcher(withoutVenueNames(t)).replaceAll("");
        return question(t, delegation, date, meal);
    }

    private static Command question(String cue, String delegation, LocalDate date, String meal) {
        if (VEHICLE.matcher(cue).matches())
            return delegation == null || date != null || meal != null ? null : new Command.VehicleOf(delegation);
        if (STATUS.matcher(cue).matches())
            return delegation == null || date != null || meal != null
                    ? null
                    : new Command.Status(delegation.isEmpty() ? null : delegation);
        if (REPORTED.matcher(cue).matches())
            return new Command.MealQuestion(Command.MealQuestion.Ask.REPORTED, delegation, date, meal);
        if (NOT_REPORTED.matcher(cue).matches())
            return new Command.MealQuestion(Command.MealQuestion.Ask.NOT_REPORTED, delegation, date, meal);
        if (TOTAL.matcher(cue).matches() && (meal != null || date != null))
            return new Command.MealQuestion(Command.MealQuestion.Ask.TOTAL, delegation, date, meal);
        return null;
    }

    /** The text without the event's venue names, the longest first. */
    private String withoutVenueNames(String t) {
        String s = t;
        for (String name : event.venues().stream()
                .map(v -> v.name())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) s = s.replace(name, "");
        return s;
    }

    /** The longest word of a site-visit route (its name or an alias) in the text, or null. */
    private String routeIn(String t) {
        return event.visits().stream()
                .flatMap(r -> r.words().stream())
                .filter(w -> w.length() > 1 && t.contains(w))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    /** The longest delegation name or alias in the text. */
    private String delegationIn(String t) {
        return names.in(t).map(DelegationNames.Named::word).orElse(null);
    }

    private Optional<Meal> mealNamed(String t) {
        return event.meals().stream().filter(m -> nameOf(t, m) != null).findFirst();
    }

    private static String nameOf(String t, Meal m) {
        return m.names().stream().filter(t::contains).findFirst().orElse(null);
    }

    /** The meal served at the usual hour of a part of the day: 早 08:00, 中午 12:00, 晚 18:30. */
    private Optional<Meal> mealAt(String part) {
        LocalTime at =
                part.startsWith("早") ? LocalTime.of(8, 0) : part.equals("中午") ? LocalTime.NOON : LocalTime.of(18, 30);
        return event.meals().stream()
                .filter(m -> !at.isBefore(m.serveFrom()) && at.isBefore(m.serveTo()))
                .findFirst();
    }
}
