package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealRecord;

/**
 * A bus head count given as a guess ("实到二十来个", "没数清 大概40"): asked for the exact count,
 * the question saying the figure is an estimate; nothing is recorded until the count is given.
 */
final class VagueCounts {
    private static final Pattern COUNTING = Pattern.compile("实到|到了|清点|点了|点过|数|人数|上车|车上|齐");
    private static final Pattern VEHICLE = Pattern.compile("([0-9]+)号?车");

    private VagueCounts() {}

    /** The guessed figure of {@code statement} ("二十来个", "大概40"), if it has one. */
    static Optional<String> estimate(String statement) {
        Matcher m = UnclearFigures.VAGUE.matcher(statement);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * The question for a gap: for a head count or a meal's figure given as a guess, the estimate named (the one
     * answer to it, so no other line says it again).
     */
    static String question(Gap gap) {
        Optional<String> guess = gap.missing() == Gap.Field.COUNT ? estimate(gap.statement()) : Optional.empty();
        if (gap.draft() instanceof Headcount)
            return guess.map(g -> "“" + g + "”是估计数，请清点后报实数。")
                    .orElse(gap.missing().question());
        if (gap.draft() instanceof MealRecord)
            return guess.map(g -> "“" + g + "”是估计数，未记录；确定后请报准确人数。")
                    .orElse(gap.missing().question());
        return gap.missing().question();
    }

    /**
     * A guessed count the parser left unread, about the bus the text names or else the bus the
     * sender rides ({@code ridden}, null when none), a vehicle of the event: the gap that asks for its figure.
     */
    static Optional<Gap> unread(Event event, ParseOutcome read, String text, String ridden) {
        boolean unreadOnly = read instanceof ParseOutcome.NothingToRecord
                || read instanceof ParseOutcome.Incomplete i
                        && i.records().isEmpty()
                        && i.gaps().stream().allMatch(g -> g.missing() == Gap.Field.UNCLEAR);
        if (!unreadOnly) return Optional.empty();
        if (estimate(text).isEmpty() || !COUNTING.matcher(text).find()) return Optional.empty();
        Matcher named = VEHICLE.matcher(text);
        String vehicle = named.find() ? named.group(1) : ridden;
        if (vehicle == null || event.vehicle(vehicle).isEmpty()) return Optional.empty();
        return Optional.of(new Gap(Gap.Field.COUNT, new Headcount(vehicle, 0, null), text.strip()));
    }
}
