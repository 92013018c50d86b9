package org.receptionbot.record;

import java.time.LocalDate;
import java.time.LocalTime;

/** People of a delegation arriving or leaving. */
public sealed interface Movement extends Record permits Arrival, Departure {

    LocalDate date();

    /** The clock time, or null when none was given. */
    LocalTime time();

    /** How many people, or null for the whole delegation or when not said. */
    Integer count();

    /** A train or flight number, upper-cased, or null. */
    String transport();

    /** The part of the day said when no clock time was ("下午先走"), or null. */
    PartOfDay part();
}
