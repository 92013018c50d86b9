package org.receptionbot.event;

import java.util.List;

/**
 * A reception vehicle. People call it "3号车", "3车", "3号大巴" or by its plate.
 *
 * @param driverPhone the driver's phone, or null when not known
 * @param delegation the id of the delegation it carries, or null
 * @param seats the passenger seats, or null when the file does not give them
 * @param liaisons the bus liaisons (随车联络员) who ride it and report its head counts
 */
public record Vehicle(
        String id,
        String plate,
        String driver,
        String driverPhone,
        String delegation,
        Integer seats,
        List<Person> liaisons) {

    public Vehicle {
        liaisons = List.copyOf(liaisons);
    }

    /** A vehicle with no seat count and no bus liaison. */
    public Vehicle(String id, String plate, String driver, String driverPhone, String delegation) {
        this(id, plate, driver, driverPhone, delegation, null, List.of());
    }
}
