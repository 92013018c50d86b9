package org.receptionbot.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;

/** Days: 11月23日, 11/23, 11.23, 周三, 明天, 23号; a day of the month is the one that falls in the event. */
final class DateMentions {
    private static final Pattern MONTH_DAY =
            Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]?");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(1[0-2]|0?[1-9])\\.([0-2]?\\d|3[01])(?![\\d.])");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern WEEKDAY = Pattern.compile("(下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])");
    private static final List<String> RELATIVE_WORDS = List.of(
            "大后天", "后天", "今天", "今日", "今儿", "明天", "明日", "明儿", "昨天", "昨日", "前天", "今晚", "今早", "明晚", "明早", "昨晚", "今夜",
            "明夜");
    private static final WordList RELATIVE = new WordList(RELATIVE_WORDS.toArray(String[]::new));
    /** What a number with 号 names when it is not a day: 3号车, 5号楼, 2号线. */
    private static final String NUMBERED_THINGS = "[车房楼线门桌厅馆场院口位窗台床选机]";
    /**
     * A day of the month, unless 号 names a thing, directly or as the first of a list of things ("9号10号车",
     * "3号、4号车", "5号和6号楼").
     */
    private static final Pattern DAY = Pattern.compile("(?<![\\d.])(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号](?!"
            + NUMBERED_THINGS + "| ?[、,，和跟与及]? ?(?:\\d{1,2}|[一二三四五六七八九十]{1,3}) ?号" + NUMBERED_THINGS + ")");

    private final Event event;

    DateMentions(Event event) {
        this.event = event;
    }

    /** Dates written with a month or a week: 11月23日, 11/23, 11.23 (only a day of the event), 下周三. */
    void written(Spans s, LocalDate today, boolean digits) {
        String text = s.text;
        if (Spans.contains(text, "月")) {
            s.find(MONTH_DAY, m -> day(today, ChineseNumerals.value(m.group(1)), ChineseNumerals.value(m.group(2)), m));
        }
        if (digits && Spans.contains(text, "/")) {
            s.find(SLASH, m -> day(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m));
        }
        if (digits && Spans.contains(text, ".")) {
            s.find(DOTTED, m -> {
                Mention d = day(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m);
                return d != null && event.covers(((Mention.Day) d).date()) ? d : null;
            });
        }
        if (Spans.contains(text, "周星礼")) {
            // 下个周三: the week word is at most 2 characters after the start.
            s.findNear(
                    WEEKDAY,
                    "周星礼",
                    2,
                    m -> new Mention.Day(weekday(today, m.group(1), m.group(2)), m.start(), m.end()));
        }
    }

    /** 今天, 明晚, 后天: a day counted from today; 今晚 and 明早 name the part of the day too. */
    void relative(Spans s, LocalDate today) {
        if (Spans.contains(s.text, "天日儿晚早夜"))
            s.findWords(
                    RELATIVE,
                    (w, start, end, out) -> relative(today, w, smallHoursAfter(s.text, w, end), start, end, out));
    }

    /**
     * "今晚凌晨1点", "今天晚上凌晨1点", "明晚半夜2点": the small hours after an evening are the next day's, so the
     * evening's day word names the day after.
     */
    private static boolean smallHoursAfter(String text, String w, int end) {
        int at = end;
        if (w.charAt(w.length() - 1) != '晚' && w.charAt(w.length() - 1) != '夜') {
            at = skipSpace(text, at);
            if (!text.startsWith("晚上", at) && !text.startsWith("夜里", at)) return false;
            at += 2;
        }
        at = skipSpace(text, at);
        return text.startsWith("凌晨", at) || text.startsWith("半夜", at);
    }

    /**
     * The day {@code d} leaves to the statements after it: the evening's own day when it named the small hours after
     * that evening ("江西今晚凌晨1点才到 晚饭不吃了" is tonight's dinner).
     */
    static LocalDate carried(String text, Mention.Day d) {
        String w = text.substring(d.start(), d.end());
        return RELATIVE_WORDS.contains(w) && smallHoursAfter(text, w, d.end())
                ? d.date().minusDays(1)
                : d.date();
    }

    private static int skipSpace(String text, int at) {
        return at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
    }

    /** 23号, 二十三日: a day of the month. */
    void days(Spans s, LocalDate today) {
        if (Spans.contains(s.text, "日号"))
            s.findNear(DAY, "日号", 4, m -> day(today, 0, ChineseNumerals.value(m.group(1)), m));
    }

    /** How near a day of the next month must be to be meant by its day number alone. */
    private static final int AHEAD = 7;

    private Mention day(LocalDate today, int month, int day, Matcher m) {
        if (day < 1 || day > 31 || month < 0 || month > 12) return null;
        try {
            LocalDate date;
            if (month == 0) {
                date = inEvent(today, day);
            } else {
                int year = event.start().getYear();
                date = LocalDate.of(year, month, day);
                if (!event.covers(date) && event.end().getYear() != year)
                    date = date.withYear(event.end().getYear());
            }
            return date == null ? null : new Mention.Day(date, m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The day of a month that falls in the event: this month's, else the event's first or last month's; else this
     * month's, or the next month's when that is at most {@link #AHEAD} days ahead and this month's long gone (1号 said
     * on the 30th).
     */
    private LocalDate inEvent(LocalDate today, int day) {
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        List<LocalDate> months = List.of(
                firstOfMonth, event.start().withDayOfMonth(1), event.end().withDayOfMonth(1));
        for (LocalDate month : months) {
            if (day <= month.lengthOfMonth() && event.covers(month.withDayOfMonth(day)))
                return month.withDayOfMonth(day);
        }
        LocalDate here = day <= firstOfMonth.lengthOfMonth() ? firstOfMonth.withDayOfMonth(day) : null;
        LocalDate next = firstOfMonth.plusMonths(1).withDayOfMonth(day);
        boolean nextIsMeant =
                here != null && here.isBefore(today.minusDays(AHEAD)) && !next.isAfter(today.plusDays(AHEAD));
        return nextIsMeant ? next : here;
    }

    private static LocalDate weekday(LocalDate today, String prefix, String dayWord) {
        int dow = "一二三四五六日天".indexOf(dayWord.charAt(0)) + 1;
        if (dow == 0) dow = dayWord.charAt(0) - '0';
        if (dow == 8) dow = 7;
        if (prefix != null && prefix.startsWith("下"))
            return today.with(DayOfWeek.MONDAY).plusWeeks(1).plusDays(dow - 1L);
        if (prefix != null) return today.with(DayOfWeek.MONDAY).plusDays(dow - 1L);
        int ahead = (dow - today.getDayOfWeek().getValue() + 7) % 7;
        return today.plusDays(ahead);
    }

    private static void relative(LocalDate today, String w, boolean smallHours, int start, int end, List<Mention> out) {
        int offset = switch (w.charAt(0)) {
            case '大' -> 3;
            case '后' -> 2;
            case '明' -> 1;
            case '昨' -> -1;
            case '前' -> -2;
            default -> 0;
        };
        out.add(new Mention.Day(today.plusDays(offset + (smallHours ? 1 : 0)), start, end));
        char last = w.charAt(w.length() - 1);
        if ((last == '晚' || last == '夜') && !smallHours) out.add(new Mention.Part(DayPart.EVENING, start, end));
        if (last == '早') out.add(new Mention.Part(DayPart.MORNING, start, end));
    }
}
