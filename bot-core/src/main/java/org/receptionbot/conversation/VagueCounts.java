package org.receptionbot.conversation;

import java.util.List;
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
    private static final Pattern COUNTING = Pattern.compile("实到|到了|清点|点了|点过|[在正]点|点完|点人|数|人数|上车|车上|齐");
    /** An estimate said right after the bus ("10号车差不多40个吧"): that bus's head count guessed. */
    private static final Pattern BUS_GUESS =
            Pattern.compile("[0-9]+号?车(?:上|里|这边|这里|目前|现在)?[，,\\s]*(?:大概|大约|约|差不多|估计|可能)?[0-9一二两三四五六七八九十]");

    private static final Pattern LIKELY = Pattern.compile("(?:可能|应该)(?:是|有)?[0-9一二两三四五六七八九十百]+(?![点时:：0-9])[个人位]?");
    private static final Pattern STILL_COUNTING = Pattern.compile("统计|待定|没定|还在数|没数完");
    private static final Pattern VEHICLE = Pattern.compile("([0-9]+)号?车");

    private VagueCounts() {}

    /** The guessed figure of {@code statement} ("二十来个", "大概40"), if it has one. */
    static Optional<String> estimate(String statement) {
        Matcher m = UnclearFigures.VAGUE.matcher(statement);
        if (m.find()) return Optional.of(m.group());
        // 可能三十个 还在统计: a figure said only as likely while the count goes on (the parser asked it so).
        Matcher likely = LIKELY.matcher(statement);
        return likely.find() && STILL_COUNTING.matcher(statement).find()
                ? Optional.of(likely.group())
                : Optional.empty();
    }

    /**
     * The question for a gap: for a head count or a meal's figure given as a guess, the estimate named (the one
     * answer to it, so no other line says it again).
     */
    static String question(Gap gap) {
        Optional<String> guess = gap.missing() == Gap.Field.COUNT ? estimate(gap.statement()) : Optional.empty();
        if (gap.draft() instanceof Headcount h)
            return guess.map(g -> "“" + g + "”是估计数，请清点后报实数，如“" + (h.vehicle() == null ? "" : h.vehicle() + "号车") + "实到"
                            + Numbers.read(g).orElse(40) + "人”。")
                    .orElse(gap.missing().question());
        if (gap.draft() instanceof MealRecord)
            return guess.map(g -> "“" + g + "”是估计数，未记录；确定后请报准确人数。")
                    .orElse(gap.missing().question());
        return gap.missing().question();
    }

    /** Whether {@code gap} asks for the figure of a meal given as an estimate. */
    static boolean mealEstimate(Gap gap) {
        return gap.missing() == Gap.Field.COUNT
                && gap.draft() instanceof MealRecord
                && estimate(gap.statement()).isPresent();
    }

    /**
     * The one question for several meals' figures given as estimates ("晚饭三十来个 宵夜十几个"): each estimate
     * named, with its statement, answered in turn by the sender's figures.
     */
    static String question(List<Gap> estimates) {
        StringBuilder guesses = new StringBuilder();
        StringBuilder said = new StringBuilder();
        for (Gap g : estimates) {
            guesses.append("“").append(estimate(g.statement()).orElseThrow()).append("”");
            said.append("“").append(g.statement().strip()).append("”");
        }
        return guesses + "是估计数，未记录；确定后请逐一报准确人数。（" + said + "，依次回复后记录）";
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
        if (estimate(text).isEmpty()
                || !COUNTING.matcher(text).find() && !BUS_GUESS.matcher(text).find()) return Optional.empty();
        Matcher named = VEHICLE.matcher(text);
        String vehicle = named.find() ? named.group(1) : ridden;
        if (vehicle == null || event.vehicle(vehicle).isEmpty()) return Optional.empty();
        return Optional.of(new Gap(Gap.Field.COUNT, new Headcount(vehicle, 0, null), text.strip()));
    }
}
