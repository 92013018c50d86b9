package org.receptionbot.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

/**
 * Not a test: a figure for the notes. 300 delegations, 12 days, 4 meals, 50,000 meal records in
 * the in-memory ledger; prints the time to compute one day's four meal boards. Run with
 * {@code java -cp <test classpath> org.receptionbot.ledger.BoardBench}.
 */
public final class BoardBench {

    public static void main(String[] args) {
        Event ref = TestEvents.reference();
        List<Delegation> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Delegation d = ref.delegations().get(i % ref.delegations().size());
            many.add(new Delegation(
                    d.id() + i, d.name() + i, List.of(), d.size(), d.hotel(), d.venue(), List.of(), null, null));
        }
        Event event = new Event(
                ref.name(),
                ref.zone(),
                ref.start(),
                ref.end(),
                ref.location(),
                ref.meals(),
                ref.venues(),
                ref.hotels(),
                many,
                ref.vehicles(),
                List.of(),
                List.of(),
                List.of());
        InMemoryLedger ledger = new InMemoryLedger();
        Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            Delegation d = many.get(random.nextInt(many.size()));
            LocalDate date = ref.start().plusDays(random.nextInt(12));
            String meal = ref.meals().get(random.nextInt(4)).id();
            Record r = switch (i % 3) {
                case 0 -> new MealCount(d.id(), date, meal, 20 + random.nextInt(20));
                case 1 -> new MealCancel(d.id(), date, meal, random.nextInt(5) + 1);
                default -> new MealAdd(d.id(), date, meal, random.nextInt(3) + 1);
            };
            recorder.apply(Sources.at(date.atTime(LocalTime.of(6, 0)).toString(), "li"), List.of(r));
        }
        MealBoards boards = new MealBoards(event, ledger);
        LocalDate day = ref.start().plusDays(5);
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int total = 0;
            for (Meal meal : event.meals())
                total += boards.board(day, meal, Instant.EPOCH).total();
            System.out.printf(
                    "day board (4 meals, %d entries that day): %.2f ms, total %d%n",
                    ledger.day(day).entries().size(), (System.nanoTime() - start) / 1e6, total);
        }
    }
}
