package org.receptionbot.adapters.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.parse.VariantChars;

/** The people of the event, in the file's order: liaisons by delegation, coordinators, then bus liaisons. */
final class Roster {

    static final String COORDINATOR = "协调员";
    private static final Speaker GUEST = new Speaker("访客", "guest", "访客", List.of());

    private final List<Speaker> speakers;

    private Roster(List<Speaker> speakers) {
        this.speakers = List.copyOf(speakers);
    }

    static Roster of(Event event) {
        List<Speaker> speakers = new ArrayList<>();
        for (Delegation d : event.delegations()) {
            for (Person p : d.liaisons()) {
                List<String> names = new ArrayList<>(List.of(d.id(), d.name()));
                names.addAll(d.aliases());
                speakers.add(speaker(d.name() + " · 联络员 " + p.name(), p, names));
            }
        }
        for (Person p : event.coordinators()) {
            speakers.add(speaker(COORDINATOR + " " + p.name(), p, List.of(COORDINATOR)));
        }
        for (Vehicle v : event.vehicles()) {
            for (Person p : v.liaisons()) {
                speakers.add(speaker(v.id() + "号车 · 随车联络员 " + p.name(), p, List.of(v.id() + "号车")));
            }
        }
        return new Roster(speakers);
    }

    List<Speaker> all() {
        return speakers;
    }

    /** The first person: who the user speaks as at the start. */
    Speaker first() {
        return speakers.isEmpty() ? GUEST : speakers.get(0);
    }

    /** By number in {@code :who}, by exact name, alias or 协调员, else by part of the label; traditional characters read as simplified (廣西). */
    Optional<Speaker> find(String query) {
        Optional<Speaker> found = found(query);
        String simplified = VariantChars.fold(query);
        return found.isPresent() || simplified.equals(query) ? found : found(simplified);
    }

    private Optional<Speaker> found(String query) {
        if (query.matches("\\d{1,4}")) {
            int index = Integer.parseInt(query) - 1;
            return index >= 0 && index < speakers.size() ? Optional.of(speakers.get(index)) : Optional.empty();
        }
        return speakers.stream()
                .filter(s -> s.answersTo(query))
                .findFirst()
                .or(() ->
                        speakers.stream().filter(s -> s.label().contains(query)).findFirst());
    }

    private static Speaker speaker(String label, Person person, List<String> names) {
        return new Speaker(label, person.account("sandbox").orElse(person.name()), person.name(), names);
    }
}
