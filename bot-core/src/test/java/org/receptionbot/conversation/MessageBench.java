package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.Arrays;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;

/**
 * Not a test: a figure for the notes. Messages through the dialogue over in-memory ports with a
 * canned reader (store raw, apply, compose the answer), after 4,200 earlier messages that day (a twelfth of 50,000); prints p50
 * and p99. Run with {@code java -cp <test classpath> org.receptionbot.conversation.MessageBench}.
 */
public final class MessageBench {

    public static void main(String[] args) {
        ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
        LocalDate day = LocalDate.of(2026, 11, 22);
        f.reads("晚饭少1人", new MealCancel("hunan", day, "DINNER", 1));
        f.reads("午饭少1人", new MealCancel("hunan", day, "LUNCH", 1));
        int earlier = args.length > 0 ? Integer.parseInt(args[0]) : 4_200;
        for (int i = 0; i < earlier; i++) f.say("hunan-li", "2026-11-22T08:00", i % 2 == 0 ? "晚饭少1人" : "午饭少1人");
        long[] nanos = new long[5_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            f.say("hunan-li", "2026-11-22T08:30", "晚饭少1人");
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "message (store, apply, answer): p50 %.3f ms, p99 %.3f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }
}
