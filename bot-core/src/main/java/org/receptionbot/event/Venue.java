package org.receptionbot.event;

/** A dining venue and how many people it can serve at one meal. */
public record Venue(String id, String name, int capacity) {}
