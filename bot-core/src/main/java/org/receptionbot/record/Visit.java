package org.receptionbot.record;

/**
 * People of a delegation going on a site-visit route, as an absolute figure ("北海线我们去3人").
 *
 * @param route the route's id in the event file, or null when not said (the bot asks)
 * @param count how many people, or null for the whole delegation ("全团都去北海")
 */
public record Visit(String delegation, String route, Integer count) implements Record {

    @Override
    public String type() {
        return "VISIT";
    }

    public boolean wholeDelegation() {
        return count == null;
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.visit(this);
    }
}
