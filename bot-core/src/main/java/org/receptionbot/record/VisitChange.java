package org.receptionbot.record;

/**
 * People of a delegation moving between site-visit routes, or dropping out of the visits.
 *
 * @param count how many people, or null for the whole delegation ("我们厅不去考察了")
 * @param from the route they leave, or null when the text does not name it
 * @param to the route they join, or null when they no longer go on any visit
 */
public record VisitChange(String delegation, Integer count, String from, String to) implements Record {

    @Override
    public String type() {
        return "VISIT_CHANGE";
    }

    public boolean wholeDelegation() {
        return count == null;
    }

    public boolean dropsOut() {
        return to == null;
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.visitChange(this);
    }
}
