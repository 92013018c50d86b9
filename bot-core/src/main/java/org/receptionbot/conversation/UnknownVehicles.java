package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.message.Gap;

/**
 * A vehicle asked for although the message names one ("3号车实到20人") that the event file does
 * not have: asking "请问是几号车？" would ask for what was said, so the bot says the file lacks it.
 */
final class UnknownVehicles {
    private static final Pattern NAMED = Pattern.compile("(\\d{1,3})\\s*号\\s*(?:车|大巴)");
    private final Event event;

    UnknownVehicles(Event event) {
        this.event = event;
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
