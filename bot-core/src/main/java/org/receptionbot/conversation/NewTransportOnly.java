package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.record.Departure;

/**
 * A new train or flight said alone ("我们的车次改成G1506了哈", "航班换成CA1236了", "改签到G1508了"), which the parser leaves
 * unread: it is the team's one departure still to come (recorded, or else planned) on that train or flight, its day,
 * hour and people kept. Nothing when the message says an hour, a day or a count of its own (the parser's to read), asks
 * ("能不能改成G1506"), or when the team has several departures to come (which batch is not known).
 */
final class NewTransportOnly {
    private static final String CODE =
            "(?<![A-Z0-9])((?:[GDCKTZ]\\d{1,4}|(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4}))(?![0-9])";
    private static final Pattern CHANGED = Pattern.compile("(?:改成|改为|改到|换成|换到|改签(?:成|到|为)?)\\s*" + CODE);
    private static final Pattern OWN = Pattern.compile(
            "\\d{1,2}\\s*[点:：]|[一二两三四五六七八九十]点|[今明后昨前][天日早晚]|\\d{1,2}\\s*[日号]|\\d+\\s*(?:个|人|位|名)|几|吗|[?？]|能不能|可不可以|是否|要不要");

    private NewTransportOnly() {}

    /** The train or flight said to be the new one, when said alone; else empty. */
    static Optional<String> said(String text) {
        String upper = text.toUpperCase();
        Matcher m = CHANGED.matcher(upper);
        if (!m.find() || OWN.matcher(text).find()) return Optional.empty();
        String code = m.group(1);
        return m.find() ? Optional.empty() : Optional.of(code);
    }

    /** The team's one departure to come after {@code now}, on {@code transport}; empty when none or several. */
    static Optional<Departure> on(String delegation, TeamDepartures team, String transport, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Departure> toCome = team.recorded().stream()
                .filter(x -> x.date().isAfter(today)
                        || x.date().equals(today)
                                && (x.time() == null || x.time().isAfter(now.toLocalTime())))
                .toList();
        Departure one = toCome.size() == 1 ? toCome.get(0) : null;
        if (toCome.isEmpty() && team.plan() != null && !team.plan().date().isBefore(today))
            one = new Departure(
                    delegation,
                    team.plan().date(),
                    team.plan().time(),
                    null,
                    team.plan().transport());
        if (one == null || transport.equals(one.transport())) return Optional.empty();
        return Optional.of(new Departure(delegation, one.date(), one.time(), one.count(), transport, one.part()));
    }
}
