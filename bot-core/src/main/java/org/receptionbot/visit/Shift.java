package org.receptionbot.visit;

/** A delegation's people on one route before and after a report or change. */
public record Shift(String route, int before, int after) {}
