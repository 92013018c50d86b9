package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Headcount;

/**
 * "6号车实到38人 还有2个在房间马上下来" then "人齐了 出发" from a delegation's liaison: 人齐 said with setting off on the
 * bus (出发, 上车 …; "人都到齐了" alone is an arrival) counts the vehicle of their last
 * head count today, as a bus liaison's counts their own bus ({@link AllAboard} gives the figure); with no count
 * today, the figure is asked for the delegation's one vehicle.
 */
final class OwnBusAllAboard {
    private static final Pattern ALL = Pattern.compile("(?<![没不未])齐");
    /** Setting off on the bus: "人都到齐了" alone is people arriving, not a bus counted. */
    private static final Pattern BOARDING = Pattern.compile("出发|上车|发车|开车|车上|走吧");

    private static final Pattern NAMED = Pattern.compile("\\d+\\s*号车|\\d+\\s*[人个位名]");
    private final Event event;
    private final Ledger ledger;

    OwnBusAllAboard(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The vehicle of the sender's last head count today, when a delegation's liaison says all aboard; else null. */
    String vehicle(String text, Asked asked) {
        if (!said(text, asked)) return null;
        return last(asked).map(h -> h.vehicle()).orElse(null);
    }

    /** The question for the figure when all aboard is said with no head count today and one vehicle is the delegation's. */
    Optional<Gap> asked(String text, Asked asked) {
        if (!said(text, asked) || last(asked).isPresent()) return Optional.empty();
        String delegation = asked.sender().delegation();
        List<Vehicle> own = event.vehicles().stream()
                .filter(v -> delegation.equals(v.delegation()))
                .toList();
        if (own.size() != 1) return Optional.empty();
        return Optional.of(new Gap(Gap.Field.COUNT, new Headcount(own.get(0).id(), 0, delegation), text));
    }

    private static boolean said(String text, Asked asked) {
        return asked.sender().delegation() != null
                && ALL.matcher(text).find()
                && BOARDING.matcher(text).find()
                && !NAMED.matcher(text).find();
    }

    private Optional<Headcount> last(Asked asked) {
        Headcount last = null;
        for (Entry e : ledger.day(asked.today()).active())
            if (e.record() instanceof Headcount h
                    && asked.sender().userId().equals(e.source().senderId())) last = h;
        return Optional.ofNullable(last);
    }
}
