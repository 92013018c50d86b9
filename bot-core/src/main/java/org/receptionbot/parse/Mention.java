package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/** Something a rule family found in the text, with its span in the message. */
sealed interface Mention {
    int start();

    int end();

    /** A delegation by name or alias (id in the event file). */
    record Team(String id, int start, int end) implements Mention {}

    /** A calendar date. */
    record Day(LocalDate date, int start, int end) implements Mention {}

    /** A part of the day (中午, 下午, 今晚 …). */
    record Part(DayPart part, int start, int end) implements Mention {}

    /** One or more meals by their words (午餐, 宵夜, 三餐), ids in serving order. */
    record Meals(List<String> ids, int start, int end) implements Mention {}

    /** A clock time as said, before the part of the day moves it. */
    record Clock(int hour, int minute, int start, int end) implements Mention {}

    /** A number, with a unit of people (人, 位, 名, 个) or bare. */
    record Count(int value, boolean unit, int start, int end) implements Mention {}

    /** A vague figure of people (十几个, 二三十人): no figure at all. */
    record Vague(int start, int end) implements Mention {}

    /** A train or flight number, upper-cased. */
    record Transport(String code, int start, int end) implements Mention {}

    /** A site-visit route by name or alias (id in the event file). */
    record Route(String id, int start, int end) implements Mention {}

    /** A vehicle by number or plate (id in the event file, or the number said). */
    record Vehicle(String id, int start, int end) implements Mention {}
}
