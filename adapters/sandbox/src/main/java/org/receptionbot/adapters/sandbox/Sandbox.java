package org.receptionbot.adapters.sandbox;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;

/**
 * The sandbox chat of an event: the terminal stands for the event's {@code sandbox} work group (the
 * first sandbox chat with role GROUP, else the first sandbox chat). Build it, hand {@link #outbox()}
 * to the core, then {@link #run} the terminal with the core's handler.
 */
public final class Sandbox {

    private static final String PLATFORM = "sandbox";
    private static final long TICK_SECONDS = 10;
    /** How long leaving waits for a tick that is running to finish. */
    private static final long FINISH_SECONDS = 30;

    private static final String CLOCK_FILE = "sandbox-clock.txt";

    private final Event event;
    private final PrintStream out;
    private final Clock clock;
    private final ChatRef chat;
    private final TerminalOutbox outbox;
    private final SavedClock saved;
    private final Gate gate = new Gate();
    private volatile ScheduledExecutorService ticker;

    /** A sandbox that starts on the real clock every run. */
    public Sandbox(Event event, PrintStream out, Clock clock) {
        this(event, out, clock, SavedClock.NONE);
    }

    /**
     * A sandbox whose rehearsed time ({@code :time}) is kept in {@code stateDir} and resumed by the
     * next run, until {@code :time 现在}.
     */
    public Sandbox(Event event, PrintStream out, Clock clock, Path stateDir) {
        this(
                event,
                out,
                clock,
                new SavedClock(Objects.requireNonNull(stateDir, "stateDir").resolve(CLOCK_FILE)));
    }

    private Sandbox(Event event, PrintStream out, Clock clock, SavedClock saved) {
        this.event = Objects.requireNonNull(event, "event");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.chat = workGroup(event);
        Map<String, String> names = event.chats().stream()
                .filter(c -> c.platform().equals(PLATFORM))
                .collect(Collectors.toMap(ChatDef::id, ChatDef::name, (a, b) -> a));
        this.outbox = new TerminalOutbox(out, chat, names);
        this.saved = saved;
    }

    /**
     * The rehearsed time ({@code :time}) a sandbox keeping its state in {@code stateDir} had reached;
     * empty when it follows the real clock. What reads the sandbox's store (the export mode) ages
     * things by it, as the sandbox does.
     */
    public static Optional<Instant> rehearsedTime(Path stateDir) {
        return new SavedClock(Objects.requireNonNull(stateDir, "stateDir").resolve(CLOCK_FILE)).load();
    }

    /** Where the core's replies go: printed on the terminal. */
    public Outbox outbox() {
        return outbox;
    }

    /** Where the core's files go (exports): written to {@code dir}, their path printed on the terminal. */
    public Attachments attachments(Path dir) {
        return new FileAttachments(dir, out);
    }

    /** The chat the terminal's messages are sent in. */
    public ChatRef chat() {
        return chat;
    }

    /** Reads lines from {@code in} and sends them through {@code handler} until end of input or {@code :quit}. */
    public void run(ChatHandler handler, BufferedReader in) {
        run(handler, TimedWork.NONE, in);
    }

    /**
     * As {@link #run(ChatHandler, BufferedReader)}, and does the timed {@code work} as the sandbox's
     * clock (real, or pretended with {@code :time}) passes its moments: checked every few seconds,
     * before each line is sent and after each {@code :time}.
     */
    public void run(ChatHandler handler, TimedWork work, BufferedReader in) {
        Rehearsal time = new Rehearsal(clock, work, saved);
        out.println("接待保障助手 · 本地沙盒 · " + event.name() + resumed(time));
        // 今晚少5人 typed at 18:30: say first that today's opened meals no longer change, and how to rehearse the day
        OpenedMeals.hint(event, time.now().atZone(event.zone())).ifPresent(out::println);
        if (event.chats().stream().noneMatch(c -> c.platform().equals(PLATFORM))) {
            out.println("注意：事件文件没有 platform: sandbox 的群聊，机器人不会回复。");
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-clock");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(() -> tick(time), TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        try {
            new Terminal(Roster.of(event), chat, handler, out, clock, time, event.zone(), outbox, gate).run(in);
        } finally {
            finish(ticker);
        }
    }

    /**
     * Lets a tick that is running finish (it may be writing what a reminder said) instead of interrupting it in the
     * middle of a store command, which would print a failed reminder as the user leaves.
     */
    private static void finish(ScheduledExecutorService ticker) {
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) ticker.shutdownNow();
        } catch (InterruptedException e) {
            ticker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the clock's timed work and the handling of typed lines, once what runs of them has finished: the bot calls
     * it as it stops, before the store they use closes. A line typed after it is not handled. Calling it again does
     * nothing.
     */
    public void stop() {
        ScheduledExecutorService running = ticker;
        if (running != null) running.shutdown();
        gate.close();
    }

    /** " · 沿用上次的演练时间…" when the last run left a rehearsed time, else empty. */
    private String resumed(Rehearsal time) {
        if (!time.pretending()) return "";
        return " · 沿用上次的演练时间，现在假定为：" + PretendTime.show(time.now().atZone(event.zone())) + "（输入 :time 现在 恢复真实时间）";
    }

    private void tick(Rehearsal time) {
        try {
            gate.pass(time::catchUp);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) return; // stopping: the tick was cut short on purpose
            System.getLogger(Sandbox.class.getName())
                    .log(System.Logger.Level.ERROR, "a timed notice could not be handled", e);
            synchronized (out) {
                out.println("【系统】定时提醒没有处理成功，详见日志。");
            }
        }
    }

    private static ChatRef workGroup(Event event) {
        return event.chats().stream()
                .filter(c -> c.platform().equals(PLATFORM))
                .min(Comparator.comparing(c -> c.role() == ChatDef.Role.GROUP ? 0 : 1))
                .map(c -> new ChatRef(PLATFORM, c.id()))
                .orElse(new ChatRef(PLATFORM, "sandbox"));
    }
}
