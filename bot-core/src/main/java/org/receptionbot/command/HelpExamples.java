package org.receptionbot.command;

import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.Venue;

/**
 * The examples {@code /help} gives, taken from the event in use: a delegation, a restaurant, a bus and the pass
 * people carry, so that a conference's help names no sports venue or 参赛证. The sports sample's own names
 * ({@code 湖南}, {@code 九院}, {@code 3号车}) are kept wherever the event has them.
 *
 * @param delegation a delegation's short name, as typed ("湖南")
 * @param fewer a change that fits that delegation's size ("少5人")
 * @param venue a restaurant's name as {@code /actual} finds it ("九院")
 * @param diners a figure that fits that restaurant
 * @param vehicle a bus's number ("3")
 * @param aboard a head count that fits that bus
 * @param pass what the reminder asks people to bring ("参赛证", "参会证")
 */
record HelpExamples(String delegation, int fewer, String venue, int diners, String vehicle, int aboard, String pass) {

    /** The sports sample's examples, which {@link Help#ENTRIES} spell. */
    static final HelpExamples TEMPLATE = new HelpExamples("湖南", 5, "九院", 412, "3", 42, "参赛证");

    static HelpExamples of(Event event) {
        Delegation d = event.delegations().stream()
                .filter(x -> x.aliases().contains(TEMPLATE.delegation))
                .findFirst()
                .orElse(
                        event.delegations().isEmpty()
                                ? null
                                : event.delegations().get(0));
        String team = d == null ? TEMPLATE.delegation : shortName(d);
        int fewer = d == null || d.size() >= 10 ? TEMPLATE.fewer : 1;
        Optional<Venue> v = event.venues().stream().findFirst();
        String venue = v.map(x -> venueWord(x, event.venues())).orElse(TEMPLATE.venue);
        int diners = v.map(x -> x.capacity() >= TEMPLATE.diners ? TEMPLATE.diners : x.capacity() * 2 / 3)
                .orElse(TEMPLATE.diners);
        Vehicle bus = event.vehicles().stream()
                .filter(x -> x.id().equals(TEMPLATE.vehicle))
                .findFirst()
                .orElse(event.vehicles().isEmpty() ? null : event.vehicles().get(0));
        String vehicle = bus == null ? TEMPLATE.vehicle : bus.id();
        int aboard =
                bus == null || bus.seats() == null || bus.seats() > TEMPLATE.aboard ? TEMPLATE.aboard : bus.seats() - 2;
        return new HelpExamples(team, fewer, venue, diners, vehicle, aboard, pass(event.name()));
    }

    /** The help's text with this event's examples in place of the sports sample's. */
    String apply(String text) {
        String team = TEMPLATE.delegation;
        return text.replace(team + "团今晚少" + TEMPLATE.fewer + "人", delegation + "团今晚少" + fewer + "人")
                .replace("/status " + team + " ", "/status " + delegation + " ")
                .replace("/bind " + team + " ", "/bind " + delegation + " ")
                .replace("绑定 " + team + "）", "绑定 " + delegation + "）")
                .replace(TEMPLATE.vehicle + "号车实到" + TEMPLATE.aboard + "人", vehicle + "号车实到" + aboard + "人")
                .replace("/car " + TEMPLATE.vehicle + " ", "/car " + vehicle + " ")
                .replace(TEMPLATE.vehicle + "号车在哪", vehicle + "号车在哪")
                .replace(TEMPLATE.venue + " 午餐 " + TEMPLATE.diners, venue + " 午餐 " + diners)
                .replace(TEMPLATE.pass, pass);
    }

    private static String shortName(Delegation d) {
        return d.aliases().stream().filter(a -> a.length() >= 2).findFirst().orElse(d.name());
    }

    /** The restaurant's first two characters when no other restaurant's name has them, else its whole name. */
    private static String venueWord(Venue v, List<Venue> all) {
        String two = v.name().length() > 2 ? v.name().substring(0, 2) : v.name();
        return all.stream().filter(x -> x.name().contains(two)).count() == 1 ? two : v.name();
    }

    /** 参赛证 at a sports meet, 参会证 at a meeting, else 证件. */
    private static String pass(String eventName) {
        if (eventName == null) return "证件";
        if (eventName.matches(".*(赛|运动会|体育).*")) return "参赛证";
        if (eventName.contains("会")) return "参会证";
        return "证件";
    }
}
