package org.receptionbot.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.receptionbot.ledger.IssueTicket.FollowUp;

/**
 * The notes of an issue merged into another ("15号问题和7号是一个事"): its report and follow-ups kept among the other's
 * follow-ups, each under an entry id marked with the merged issue's number, so a merge can be taken back
 * ({@link IssueTicket#carrying}).
 */
final class MergedNotes {
    private MergedNotes() {}

    /** {@code followUps} with the report and follow-ups of {@code other}, in the order said. */
    static List<FollowUp> carrying(List<FollowUp> followUps, IssueTicket other) {
        List<FollowUp> all = new ArrayList<>(followUps);
        all.add(new FollowUp(carried(other.number(), other.entryId()), other.issue(), other.reported()));
        other.followUps()
                .forEach(f -> all.add(new FollowUp(carried(other.number(), f.entryId()), f.issue(), f.source())));
        all.sort(Comparator.comparing(f -> f.source().at()));
        return all;
    }

    /** Whether {@code followUps} hold notes carried from issue {@code other}. */
    static boolean carries(List<FollowUp> followUps, int other) {
        return followUps.stream().anyMatch(f -> f.entryId().startsWith(carried(other, "")));
    }

    /** {@code followUps} without the notes carried from issue {@code other}. */
    static List<FollowUp> without(List<FollowUp> followUps, int other) {
        return followUps.stream()
                .filter(f -> !f.entryId().startsWith(carried(other, "")))
                .toList();
    }

    /** Whether {@code f} was carried from a merged issue. */
    static boolean carried(FollowUp f) {
        return f.entryId().startsWith("merged#");
    }

    private static String carried(int other, String entryId) {
        return "merged#" + other + ":" + entryId;
    }
}
