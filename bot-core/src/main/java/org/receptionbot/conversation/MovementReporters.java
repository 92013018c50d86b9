package org.receptionbot.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * Who reports the arrivals and departures of a delegation besides its liaisons and the coordinators: the people who
 * see them happen. The reception's own staff (a delegation marked {@code staff} in the event file: the registration
 * desk, "报到处：湖北厅7人刚到，已登记领卡") report every delegation's; a bus liaison reports those of the team their bus
 * carries, or of every team when the bus carries none in particular (an airport shuttle). Meals stay with the
 * delegation's liaisons and the coordinators: a meal figure of another team from either is refused as before.
 */
final class MovementReporters {
    private final Event event;

    MovementReporters(Event event) {
        this.event = event;
    }

    /** Whether the sender of {@code asked} may record {@code r}, a movement, though not the liaison of its delegation. */
    boolean may(Record r, Asked asked) {
        if (!(r instanceof Movement) || r.delegation() == null) return false;
        if (staff(asked)) return true;
        if (asked.sender().delegation() != null || asked.sender().coordinator()) return false;
        for (Vehicle v :
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId()))
            if (v.delegation() == null || v.delegation().equals(r.delegation())) return true;
        return false;
    }

    /**
     * The line that names who reported the movements of delegations the sender is no liaison of, and whom the team
     * may ask: "湖北省住房和城乡建设厅的到离由苏杰（机关服务中心）报送；该团联络员何涛如有出入请更正。"; empty when none.
     */
    Optional<String> attribution(List<Record> records, Asked asked) {
        if (asked.sender().coordinator()) return Optional.empty();
        Set<String> others = new LinkedHashSet<>();
        boolean staff = staff(asked);
        for (Record r : records)
            // a bus liaison's pickup (1号车已接到河北厅6位) names its bus already
            if (r instanceof Movement
                    && r.delegation() != null
                    && !r.delegation().equals(asked.sender().delegation())
                    && (staff || !(r instanceof org.receptionbot.record.Arrival))) others.add(r.delegation());
        if (others.isEmpty()) return Optional.empty();
        StringBuilder line = new StringBuilder();
        for (String id : others) {
            Delegation d = event.delegation(id).orElse(null);
            if (d == null) continue;
            List<String> liaisons = d.liaisons().stream().map(Person::name).toList();
            if (!line.isEmpty()) line.append('\n');
            line.append(d.name())
                    .append("的到离由")
                    .append(name(asked))
                    .append("（")
                    .append(role(asked))
                    .append("）报送；")
                    .append(liaisons.isEmpty() ? "该团联络员" : "该团联络员" + String.join("、", liaisons))
                    .append("如有出入请更正。");
        }
        return line.isEmpty() ? Optional.empty() : Optional.of(line.toString());
    }

    /** The sender's name as the event file gives it, else as the chat does. */
    private String name(Asked asked) {
        String platform = asked.chat().platform();
        String user = asked.sender().userId();
        for (Delegation d : event.delegations())
            for (Person p : d.liaisons()) if (p.is(platform, user)) return p.name();
        for (Vehicle v : event.vehiclesRiddenBy(platform, user))
            for (Person p : v.liaisons()) if (p.is(platform, user)) return p.name();
        return asked.sender().name();
    }

    private String role(Asked asked) {
        String own = asked.sender().delegation();
        if (own != null) return event.delegation(own).map(Delegation::name).orElse(own);
        List<Vehicle> buses =
                event.vehiclesRiddenBy(asked.chat().platform(), asked.sender().userId());
        return buses.isEmpty() ? "随车联络员" : buses.get(0).id() + "号车随车联络员";
    }

    /** Whether the sender is a liaison of the reception's own staff. */
    boolean staff(Asked asked) {
        String own = asked.sender().delegation();
        return own != null && event.delegation(own).map(Delegation::staff).orElse(false);
    }
}
