package org.receptionbot.event;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned arrival or departure from the event file.
 *
 * @param time the clock time, or null when not known
 * @param count how many people, or null for the whole delegation
 * @param transport a train or flight number, or null
 */
public record Plan(LocalDate date, LocalTime time, Integer count, String transport) {}
