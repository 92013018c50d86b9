package org.receptionbot.summary;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** How dates, times and ages read in the group's Chinese. */
public final class Texts {
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Texts() {}

    /** 11月22日（周日） */
    public static String day(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日（" + weekday(date.getDayOfWeek()) + "）";
    }

    /**
     * A day as the group says it, seen from {@code today}: 今天, 明天, 后天, else the date ({@link #day}). The one wording
     * of a relative day in answers and questions.
     */
    public static String relativeDay(LocalDate date, LocalDate today) {
        if (date.equals(today)) return "今天";
        if (date.equals(today.plusDays(1))) return "明天";
        if (date.equals(today.plusDays(2))) return "后天";
        return day(date);
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** 15:40, or 时间待定 */
    public static String time(LocalTime time) {
        return time == null ? "时间待定" : HH_MM.format(time);
    }

    /** 35分钟, 2小时15分 */
    public static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) return minutes + "分钟";
        long rest = minutes % 60;
        return minutes / 60 + "小时" + (rest == 0 ? "" : rest + "分");
    }

    /** 多12人, 少5人, 人数一致: how a figure stands against another, without signs. */
    public static String gap(int n) {
        return n > 0 ? "多" + n + "人" : n < 0 ? "少" + (-n) + "人" : "人数一致";
    }
}
