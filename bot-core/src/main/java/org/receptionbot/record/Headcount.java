package org.receptionbot.record;

/**
 * The number of people actually counted on a vehicle.
 *
 * @param delegation the delegation named in the text, else the vehicle's in the event file, or null
 */
public record Headcount(String vehicle, int count, String delegation) implements Record {

    @Override
    public String type() {
        return "HEADCOUNT";
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.headcount(this);
    }
}
