package org.receptionbot.record;

import java.time.LocalTime;

/**
 * The part of a day said for a movement with no clock time ("有8个人下午先走", "上午到"), as the span
 * of clock times it stands for. People leaving in it are still there for the servings that begin
 * before the span ends (下午先走: lunch yes, dinner no; 晚上走: every meal of the day); people coming
 * in it are there for the servings that end after the span begins (下午到: dinner, not lunch). A
 * serving inside the span counts them either way: the kitchen rather cooks for people who came.
 */
public enum PartOfDay {
    EARLY_HOURS("凌晨", LocalTime.MIN, LocalTime.of(5, 0)),
    MORNING("上午", LocalTime.of(5, 0), LocalTime.of(11, 0)),
    NOON("中午", LocalTime.of(11, 0), LocalTime.of(14, 0)),
    AFTERNOON("下午", LocalTime.of(14, 0), LocalTime.of(17, 0)),
    EVENING("晚上", LocalTime.of(17, 0), LocalTime.MAX);

    private final String label;
    private final LocalTime from;
    private final LocalTime to;

    PartOfDay(String label, LocalTime from, LocalTime to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** The usual Chinese word for it, for answers: 下午. */
    public String label() {
        return label;
    }

    /** When the span begins: the earliest an arrival in it counts from. */
    public LocalTime from() {
        return from;
    }

    /** When the span ends: the latest a departure in it takes its people away. */
    public LocalTime to() {
        return to;
    }
}
