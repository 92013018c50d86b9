package org.receptionbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.record.MealCount;

/**
 * A meal likened to what the sender just reported ("晚饭同上", "晚上跟上面一样" right after "午饭32个"): the figure
 * of the sender's last message, when it is minutes old and gave one figure for its meals, fills the meal's missing
 * figure; otherwise the question stands.
 */
final class LastFigures {
    /** How old the likened message may be. */
    static final Duration WITHIN = Duration.ofMinutes(30);

    private static final Pattern SAME = Pattern.compile("同上|(?:跟|和|与|同)(?:上面|上条|上一条|刚才|刚刚|前面)(?:的|那条)?(?:一样|相同)");

    private final Ledger ledger;

    LastFigures(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The meal count of {@code gap} with the figure of the sender's last report, if its statement likens it so. */
    Optional<MealCount> filled(Gap gap, Asked asked) {
        if (gap.missing() != Gap.Field.COUNT
                || !(gap.draft() instanceof MealCount m)
                || !SAME.matcher(gap.statement()).find()) return Optional.empty();
        String delegation =
                m.delegation() != null ? m.delegation() : asked.sender().delegation();
        if (delegation == null) return Optional.empty();
        Optional<List<Entry>> earlier = ledger.lastMessageOf(
                        asked.chat(), asked.sender().userId())
                .filter(ref -> !ref.equals(asked.source().messageRef()))
                .map(ledger::activeEntriesOf)
                .filter(e -> !e.isEmpty()
                        && !e.get(0).source().at().isBefore(asked.now().minus(WITHIN)));
        if (earlier.isEmpty()) return Optional.empty();
        List<Integer> figures = earlier.get().stream()
                .map(Entry::record)
                .filter(r -> r instanceof MealCount c && c.count() != null && delegation.equals(c.delegation()))
                .map(r -> ((MealCount) r).count())
                .distinct()
                .toList();
        if (figures.size() != 1) return Optional.empty();
        return Optional.of(new MealCount(delegation, m.date(), m.meal(), figures.get(0)));
    }
}
