package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * A departure said to be everyone (一共, 全团, 全部) with fewer people than the delegation has ("新疆明天走 一共35人"
 * for 47): the record stands as said, and the answer names the people it leaves behind, so they are not counted
 * at meals unawares ("…共47人，本次离开35人，其余12人的安排请另报。"). People of the delegation recorded as leaving
 * before are no longer there; when none are left, nothing is said.
 */
final class ShortWholeDepartures {
    /** Everyone, then their figure: 一共35人, 全团三十五个. */
    private static final Pattern WHOLE =
            Pattern.compile("(?:一共|总共|共计|全团|全部|全体|所有人)(?:是|有|共)?\\s*([0-9]+|[一二两三四五六七八九十百]+)\\s*(?:人|个|位|名)");

    private final Event event;
    private final Ledger ledger;

    ShortWholeDepartures(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The line naming who stays behind each such departure among the recorded {@code records}, or empty. */
    Optional<String> note(String text, List<Record> records) {
        var whole = WHOLE.matcher(text);
        if (!whole.find()) return Optional.empty();
        String said = whole.group(1);
        List<String> lines = new ArrayList<>();
        for (Record r : records) {
            if (!(r instanceof Departure d) || d.count() == null || d.delegation() == null) continue;
            if (said.matches("[0-9]+") && Integer.parseInt(said) != d.count()) continue;
            Optional<Delegation> of = event.delegation(d.delegation());
            if (of.isEmpty()) continue;
            int rest = of.get().size() - d.count() - leftBefore(d);
            if (d.count() < of.get().size() && rest > 0)
                lines.add(of.get().name() + "共" + of.get().size() + "人，本次离开" + d.count() + "人，其余" + rest + "人的安排请另报。");
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** The people of {@code d}'s delegation recorded as leaving in other groups up to its day. */
    private int leftBefore(Departure d) {
        List<Departure> others = new ArrayList<>(ledger.activeMovements().stream()
                .map(e -> e.record())
                .filter(r -> r instanceof Departure o
                        && d.delegation().equals(o.delegation())
                        && o.count() != null
                        && !o.date().isAfter(d.date()))
                .map(Departure.class::cast)
                .toList());
        others.remove(d);
        return others.stream().mapToInt(Departure::count).sum();
    }
}
