package org.receptionbot.record;

/** What kind of problem an issue is, and who usually acts on it. */
public enum IssueCategory {
    /** Room not ready, room change, keys, hot water, heating, fittings, late check-out. */
    ROOM("住宿"),
    /** Smell, rubbish, dirt, clutter. */
    HYGIENE("卫生"),
    /** Car not found, no plate, driver unreachable, bus late. */
    VEHICLE("车辆"),
    /** Not enough food, only noodles left, special diets. */
    MEAL("餐饮"),
    /** Ill, injured, needs a doctor. */
    HEALTH("医疗"),
    OTHER("其他");

    private final String label;

    IssueCategory(String label) {
        this.label = label;
    }

    /** The Chinese label shown in the group. */
    public String label() {
        return label;
    }
}
