package org.receptionbot.parse;

import org.receptionbot.record.PartOfDay;

/** A part of the day: it moves a clock time into the afternoon and, when a meal is meant, names one. */
enum DayPart {
    EARLY_HOURS,
    MORNING,
    NOON,
    AFTERNOON,
    EVENING;

    static DayPart of(String word) {
        return switch (word) {
            case "凌晨", "半夜" -> EARLY_HOURS;
            case "早上", "早晨", "清晨", "上午", "今早", "明早", "一大早", "一早", "大清早", "清早" -> MORNING;
            case "中午" -> NOON;
            case "下午" -> AFTERNOON;
            default -> EVENING;
        };
    }

    /** The part of the day a movement's record keeps, read back: {@link #said()} undone. */
    static DayPart of(PartOfDay part) {
        return switch (part) {
            case EARLY_HOURS -> EARLY_HOURS;
            case MORNING -> MORNING;
            case NOON -> NOON;
            case AFTERNOON -> AFTERNOON;
            case EVENING -> EVENING;
        };
    }

    /** The part of the day a movement with no clock time keeps on its record. */
    PartOfDay said() {
        return switch (this) {
            case EARLY_HOURS -> PartOfDay.EARLY_HOURS;
            case MORNING -> PartOfDay.MORNING;
            case NOON -> PartOfDay.NOON;
            case AFTERNOON -> PartOfDay.AFTERNOON;
            case EVENING -> PartOfDay.EVENING;
        };
    }

    /** The 24-hour hour of a clock time said in this part of the day (下午3点 = 15, 中午12点 = 12). */
    int hour(int said) {
        return switch (this) {
            case AFTERNOON, EVENING -> said >= 1 && said <= 11 ? said + 12 : said;
            case NOON -> said >= 1 && said <= 5 ? said + 12 : said;
            default -> said;
        };
    }
}
