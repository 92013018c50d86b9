package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * A part of a delegation's arrival said again with another figure (a bus liaison's "还有2个坐下一班 晚上8点到", then the
 * team's own "新疆实际到了46人 还有1个晚上8点到"): when the message's parts of a delegation's arrival, beside the parts
 * already recorded for that day, would count more people than the delegation has, a recorded part due at the same hour
 * as one of the message's is that arrival said again, and the message replaces it, even said as a further group
 * (还有1个). When replacing them still counts
 * too many, or no part is due at a said hour, the message is read as usual.
 *
 * <p>A bus liaison's pickup said as done is such a part said again when the team itself reported it: people still
 * expected that day ({@link ExpectedArrivals}), as many as picked up and due within {@link #NEAR} of the pickup, whom
 * the pickup would count a second time (over the team's size). The pickup completes that arrival, recorded as happened
 * at the pickup ({@link TiedArrivals}), and adds nobody.
 */
final class RepeatedArrivalParts {
    private final Event event;
    private final Ledger ledger;
    private final Intake intake;
    /** How far from a part's time a bus liaison's pickup of as many people is taken to be that part. */
    static final Duration NEAR = Duration.ofHours(3);

    private final RecordText texts;
    private final ExpectedArrivals expected;
    private final TiedArrivals tied;

    RepeatedArrivalParts(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.ledger = ledger;
        this.intake = intake;
        this.texts = new RecordText(event);
        this.expected = new ExpectedArrivals(event, ledger);
        this.tied = new TiedArrivals(intake);
    }

    /** The answer when the message says again parts of an arrival already recorded; else empty. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        // 还有1个晚上8点到 marks a further group, but not one that would count more people than the team has
        if (!(outcome instanceof ParseOutcome.Understood u)) return Optional.empty();
        Map<String, List<Arrival>> parts = new LinkedHashMap<>();
        for (Record r : u.records())
            if (r instanceof Arrival a
                    && a.count() != null
                    && (MovementMatches.mayReport(a, asked) || BusPickups.reporter(event, asked)))
                parts.computeIfAbsent(a.delegation(), k -> new ArrayList<>()).add(a);
        List<Entry> replaced = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Arrival>> p : parts.entrySet()) {
            Delegation d = event.delegation(p.getKey()).orElse(null);
            if (d == null) continue;
            List<Entry> same = sameHour(d, p.getValue());
            if (same.isEmpty()) continue;
            replaced.addAll(same);
            for (Entry e : same) lines.add("已有记录：" + texts.describe(e.record()) + "，按本条更新");
        }
        if (replaced.isEmpty()) return pickedUp(u, parts, text, asked);
        Answer a = intake.take(u, asked, text, replaced);
        String edited = "已按修改后的消息更新：";
        String body = a.text().startsWith(edited) ? a.text().substring(edited.length()) : a.text();
        return Optional.of(new Answer(String.join("\n", lines) + "\n" + body, a.buttons(), a.kind(), a.receipt()));
    }

    /**
     * A bus liaison's pickup of one delegation's people said as done, completing the part the team reported due near
     * it when adding them would count more people than the team has; else empty.
     */
    private Optional<Answer> pickedUp(
            ParseOutcome.Understood u, Map<String, List<Arrival>> parts, String text, Asked asked) {
        if (parts.size() != 1 || !BusPickups.reporter(event, asked) || !BusPickups.done(text)) return Optional.empty();
        Map.Entry<String, List<Arrival>> p = parts.entrySet().iterator().next();
        Delegation d = event.delegation(p.getKey()).orElse(null);
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        if (d == null || p.getValue().size() != 1) return Optional.empty();
        Arrival said = p.getValue().get(0);
        if (!said.date().equals(now.toLocalDate())
                || said.time() != null && !said.time().equals(now.toLocalTime())) return Optional.empty();
        // the rest said due that day with no figure (其他人晚上7点到) brings the team to its size
        int recorded = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Arrival a
                        && d.id().equals(a.delegation())
                        && a.date().equals(said.date()))
                .mapToInt(e -> ((Arrival) e.record()).count() == null ? d.size() : ((Arrival) e.record()).count())
                .sum();
        if (recorded + said.count() <= d.size()) return Optional.empty();
        Optional<ExpectedArrivals.Expected> part = expected.of(d.id(), now).stream()
                .filter(x -> x.entry() != null && !x.late() && x.people() == said.count())
                .filter(x -> Duration.between(x.due(), now).abs().compareTo(NEAR) <= 0)
                .findFirst();
        if (part.isEmpty()) return Optional.empty();
        List<Record> beside = new ArrayList<>(u.records());
        beside.remove(said);
        return Optional.of(tied.confirm(d, List.of(part.get()), asked, text, now, said.transport(), beside));
    }

    /**
     * The recorded parts of {@code d}'s arrival that {@code said} says again: each due on the day and at the hour of
     * one said, when the said and the recorded parts together pass the delegation's size and without those they do not.
     */
    private List<Entry> sameHour(Delegation d, List<Arrival> said) {
        int size = d.size();
        if (said.stream().anyMatch(a -> a.count() >= size)) return List.of();
        List<Entry> recorded = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Arrival a
                        && d.id().equals(a.delegation())
                        && a.count() != null
                        && a.count() < size
                        && said.stream().anyMatch(s -> s.date().equals(a.date())))
                .toList();
        int saidSum = said.stream().mapToInt(Arrival::count).sum();
        int recordedSum =
                recorded.stream().mapToInt(e -> ((Arrival) e.record()).count()).sum();
        if (saidSum + recordedSum <= size) return List.of();
        List<Entry> same = recorded.stream()
                .filter(e -> e.record() instanceof Arrival a
                        && a.time() != null
                        && said.stream()
                                .anyMatch(s ->
                                        a.date().equals(s.date()) && a.time().equals(s.time())))
                .toList();
        int kept = recordedSum
                - same.stream().mapToInt(e -> ((Arrival) e.record()).count()).sum();
        return kept + saidSum <= size ? same : List.of();
    }
}
