package org.receptionbot.summary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * A departure with a day and neither an hour nor a part of the day (下午) counts its people for that
 * whole day: say which of that
 * day's meals still count them, and ask for the hour ("今天晚餐仍按这8人在场计。是否还按原人数？请告知离开时间").
 */
public final class UntimedDepartures {
    private final Event event;

    public UntimedDepartures(Event event) {
        this.event = event;
    }

    /** A line for each untimed departure among {@code records} reported at {@code at}. */
    public List<String> lines(List<Record> records, LocalDateTime at) {
        List<String> lines = new ArrayList<>();
        for (Record r : records) {
            if (!(r instanceof Departure d) || d.time() != null || d.part() != null || !event.covers(d.date()))
                continue;
            List<Meal> counted = event.meals().stream()
                    .filter(m -> d.date().atTime(m.serveFrom()).isAfter(at))
                    .toList();
            if (!counted.isEmpty()) lines.add(line(d, who(d, records), counted, at.toLocalDate()));
        }
        return lines;
    }

    /**
     * Who the day's meals still count: "这8人"; the whole delegation; or, when the same report has part of
     * it leaving first ("8人今天先走 其余明天走"), "其余人员".
     */
    private static String who(Departure d, List<Record> records) {
        if (d.count() != null) return "这" + d.count() + "人";
        for (Record r : records) {
            if (r instanceof Departure p
                    && p != d
                    && p.count() != null
                    && p.delegation().equals(d.delegation())) return "其余人员";
        }
        return "全团";
    }

    private static String line(Departure d, String who, List<Meal> counted, LocalDate today) {
        String meals = counted.stream().map(Meal::label).collect(Collectors.joining("、"));
        if (d.date().equals(today)) {
            return "（未说明几点离开，今天" + meals + "仍按" + who + "在场计。是否还按原人数？请告知离开时间，如“今天下午3点走”）";
        }
        return "（未说明几点离开，" + d.date().getMonthValue() + "月" + d.date().getDayOfMonth() + "日" + meals + "仍按" + who
                + "在场计；如在用餐前离开，请告知离开时间，如“" + d.date().getDayOfMonth() + "号早上6点走”）";
    }
}
