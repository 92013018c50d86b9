package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.receptionbot.record.Record;

/**
 * A report of several teams with a figure in doubt for some of them (the registration desk's "1. 山西厅 5人 已到 / 2.
 * 内蒙古 6人 已到" of a team of 5): the records of the teams in doubt are held for 确认, every record of such a team
 * with them; the other teams' records are applied at once. A record with no team is held with the doubt.
 *
 * @param now the records of teams with no figure in doubt, applied at once
 * @param held the records of the teams in doubt (with those of no team), held until confirmed or corrected
 */
record DoubtfulTeams(List<Record> now, List<Record> held) {

    /** The records split by team, {@code doubtful} telling a figure in doubt. */
    static DoubtfulTeams split(List<Record> records, Predicate<Record> doubtful) {
        Set<String> teams =
                records.stream().filter(doubtful).map(Record::delegation).collect(Collectors.toSet());
        List<Record> now = new ArrayList<>();
        List<Record> held = new ArrayList<>();
        for (Record r : records) (r.delegation() == null || teams.contains(r.delegation()) ? held : now).add(r);
        return new DoubtfulTeams(List.copyOf(now), List.copyOf(held));
    }

    /** Whether some teams' records may go ahead while the others wait. */
    boolean parts() {
        return !now.isEmpty() && !held.isEmpty();
    }
}
