package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.access.Sender;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A vehicle asked for although the message names one ("3号车实到20人") that the event file does
 * not have: asking "请问是几号车？" would ask for what was said, so the bot says the file lacks it; and a vehicle asked
 * of a delegation's liaison whose delegation has only one ("人齐了 35" from 贵州, whose only bus is 4号车): the count is
 * that vehicle's, nothing to ask.
 */
final class UnknownVehicles {
    private static final Pattern NAMED = Pattern.compile("(\\d{1,3})\\s*号\\s*(?:车|大巴)");
    private final Event event;

    UnknownVehicles(Event event) {
        this.event = event;
    }

    /**
     * The head count of a vehicle gap as the count of the only vehicle the event file gives the sender's delegation;
     * empty when the gap is of something else, the sender is no delegation's liaison or it has none or several.
     */
    Optional<Record> onlyVehicle(Gap gap, Sender sender) {
        if (gap.missing() != Gap.Field.VEHICLE || !(gap.draft() instanceof Headcount h) || h.vehicle() != null)
            return Optional.empty();
        String own = sender.delegation();
        if (own == null || h.delegation() != null && !h.delegation().equals(own)) return Optional.empty();
        List<Vehicle> theirs = event.vehicles().stream()
                .filter(v -> own.equals(v.delegation()))
                .toList();
        if (theirs.size() != 1) return Optional.empty();
        return Optional.of(new Headcount(theirs.get(0).id(), h.count(), h.delegation()));
    }

    /** What to say instead of the gap's question, or empty when the gap is to be asked. */
    Optional<String> said(Gap gap) {
        if (gap.missing() != Gap.Field.VEHICLE || gap.statement() == null) return Optional.empty();
        Matcher m = NAMED.matcher(gap.statement());
        if (!m.find() || event.vehicle(m.group(1)).isPresent()) return Optional.empty();
        String known = event.vehicles().isEmpty()
                ? "活动文件中没有登记车辆。"
                : "活动文件中的车辆："
                        + event.vehicles().stream()
                                .map(Vehicle::id)
                                .map(id -> id + "号车")
                                .collect(Collectors.joining("、"))
                        + "。";
        return Optional.of("未记录：活动文件中没有" + m.group(1) + "号车，" + known);
    }
}
