package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Headcount;

/**
 * A bus liaison's bare recount ("刚才数错了 是31个") whose last report counted another vehicle: the recount is of
 * the bus they ride when that bus has a count today (left to the parser, which counts it again); with none, which
 * bus is asked. It never corrects the other vehicle's count on a guess.
 */
final class OwnBusRecount {
    /** What a recount of a bus liaison corrects. */
    enum Target {
        /** The sender's last report, as for anyone. */
        LAST,
        /** The sender's own bus, counted again by the parser. */
        OWN_BUS,
        /** Not known: which bus is asked. */
        ASK
    }

    /**
     * A recount said with why the count was wrong between and the figure last ("不对 刚才把司机也算进去了 40", "错了 有两个是别的车的
     * 38个"): a correction word first, no other figure.
     */
    private static final Pattern REMARKED = Pattern.compile("(?:不对|错了|说错了|数错了|搞错了|刚才数错了|刚才报错了)[，,。！!\\s]*"
            + "[^\\d]{2,30}?[，,。！!\\s]+(?:是|应该是|实到|实际|重新数是)?\\s*(\\d{1,3})\\s*(?:人|个人|个|位)?[。！!]*");

    private final BusLiaisons buses;
    private final Ledger ledger;

    OwnBusRecount(Event event, Ledger ledger) {
        this.buses = new BusLiaisons(event);
        this.ledger = ledger;
    }

    /** What the recount corrects, given the entries of the sender's last report. */
    Target target(List<Entry> last, Asked asked) {
        String own = buses.vehicleOf(asked);
        if (own == null || last.stream().noneMatch(e -> otherBus(e, own))) return Target.LAST;
        boolean ownCounted = ledger.day(asked.today()).active().stream()
                .anyMatch(e -> e.record() instanceof Headcount h && own.equals(h.vehicle()));
        return ownCounted ? Target.OWN_BUS : Target.ASK;
    }

    /** A bus liaison's recount with a remark ({@link #REMARKED}): the count of the bus they ride, when they ride one. */
    Optional<Headcount> remarked(String text, Asked asked) {
        String own = buses.vehicleOf(asked);
        Matcher m = REMARKED.matcher(text.strip());
        if (own == null || !m.matches()) return Optional.empty();
        return Optional.of(new Headcount(own, Integer.parseInt(m.group(1)), null));
    }

    /** The question which bus, naming the count last reported. */
    Answer which(List<Entry> last, int figure, Asked asked) {
        String counted = last.stream()
                .filter(e -> e.record() instanceof Headcount)
                .map(e -> ((Headcount) e.record()).vehicle() + "号车 " + ((Headcount) e.record()).count() + "人")
                .collect(Collectors.joining("、"));
        return Answer.of(
                Reply.Kind.REFUSAL,
                "未更正：不能确定是哪辆车的人数。您最近报的是" + counted + "。请注明车号重报，如：" + buses.vehicleOf(asked) + "号车实到" + figure + "人");
    }

    private static boolean otherBus(Entry e, String own) {
        return e.record() instanceof Headcount h && h.vehicle() != null && !own.equals(h.vehicle());
    }
}
