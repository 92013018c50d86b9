package org.receptionbot.event;

/**
 * A reception vehicle. People call it "3号车", "3车", "3号大巴" or by its plate.
 *
 * @param delegation the id of the delegation it carries, or null
 * @param driverPhone the driver's phone, or null when not known
 */
public record Vehicle(String id, String plate, String driver, String driverPhone, String delegation) {}
