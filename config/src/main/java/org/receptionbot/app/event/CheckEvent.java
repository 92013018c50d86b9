package org.receptionbot.app.event;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;

/** The {@code check-event FILE} mode: checks an event file and prints its summary or every problem. */
public final class CheckEvent {

    private CheckEvent() {}

    /** Returns the exit code: 0 when the file is good, 1 when it has problems, 2 on a bad command line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, on {@code today} (null: today in the event's zone). */
    static int run(String[] args, PrintStream out, PrintStream err, LocalDate today) {
        if (args.length != 2) {
            err.println("用法 / usage: check-event 文件");
            return 2;
        }
        Path file = Path.of(args[1]);
        EventReading reading = EventFiles.load(file);
        if (reading instanceof EventReading.Invalid invalid) {
            err.println(invalid.describe());
            return 1;
        }
        Event event = ((EventReading.Valid) reading).event();
        out.println("活动配置文件正确：" + EventSource.describe(file));
        out.println(EventSummary.of(event));
        EventDatesWarning.of(event, today == null ? LocalDate.now(event.zone()) : today)
                .ifPresent(out::println);
        return 0;
    }
}
