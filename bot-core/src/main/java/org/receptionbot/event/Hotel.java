package org.receptionbot.event;

/** A hotel where delegations stay. */
public record Hotel(String id, String name) {}
