package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.response.BaseResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What the bot says on Telegram: a queue per chat in Redis, delivered within Telegram's limits.
 *
 * <p>{@link #send(Reply)} and {@link #send(Attachment)} only queue. {@link #deliverDue()} delivers
 * what the limits allow, either on the caller's thread or on the thread {@link #start()} runs. An
 * item leaves its queue only after Telegram confirmed it, and every Redis write may run twice
 * ({@link OutQueue} says how that is made harmless). A step Telegram confirmed is recorded before
 * anything else; when Redis does not answer, the same record is made again before the chat's next
 * step, so only a crash between Telegram's answer and the record sends a message twice. Items
 * Telegram refuses for good are moved to {@link Keys#refused} rather than blocking their chat.
 *
 * <p>When {@link TelegramSettings.Limits#busyBacklog()} items wait for one chat, the waiting
 * receipts (replies of kind {@link org.receptionbot.chat.Reply.Kind#RECEIPT} that carry their parts, to
 * a liaison's message) are folded into one digest the core words, and each of their messages gets a {@value OutItem#REACTION} reaction instead.
 */
final class Outbound implements Outbox, Attachments, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Outbound.class);

    static final String THREAD_NAME = "telegram-outbound";

    /** How long the sender sleeps at most, to notice items other instances queued. */
    private static final Duration IDLE = Duration.ofSeconds(5);

    private static final Duration LOCKED_ELSEWHERE = Duration.ofSeconds(1);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final TelegramBot bot;
    private final OutQueue queue;
    private final ChatLocks locks;
    private final Pacing pacing;
    private final TelegramSettings.Limits limits;
    private final ChatIds chatIds;
    private final Requests requests;
    private final Clock clock;

    /** Per chat: a confirmed step whose record Redis did not acknowledge, to be made again first. */
    private final Map<String, Runnable> unrecorded = new ConcurrentHashMap<>();

    private final ReentrantLock pass = new ReentrantLock();
    private final ReentrantLock signal = new ReentrantLock();
    private final Condition woken = signal.newCondition();
    private boolean poked; // guarded by signal
    private volatile boolean closed;
    private Thread sender; // guarded by this

    Outbound(TelegramBot bot, StringRedisTemplate redis, TelegramSettings settings, ChatIds chatIds, Clock clock) {
        this(bot, redis, settings, chatIds, clock, ChatLocks.LEASE);
    }

    /** With the send locks' {@code lease}. */
    Outbound(
            TelegramBot bot,
            StringRedisTemplate redis,
            TelegramSettings settings,
            ChatIds chatIds,
            Clock clock,
            Duration lease) {
        this.bot = bot;
        this.queue = new OutQueue(redis);
        this.locks = new ChatLocks(redis, lease);
        this.pacing = new Pacing(redis, settings.limits());
        this.limits = settings.limits();
        this.chatIds = chatIds;
        this.requests = new Requests(chatIds);
        this.clock = clock;
    }

    /** Queues the reply; a reply without visible text is not sent. */
    @Override
    public void send(Reply reply) {
        String chat = canonical(reply.chat());
        OutItem item = OutItem.of(reply);
        if (item.parts().isEmpty()) {
            log.debug("not sending a blank reply to chat {}", chat);
            return;
        }
        queue.push(chat, item);
        wake();
    }

    /** Queues the file; false when it could not be queued. */
    @Override
    public boolean send(Attachment attachment) {
        String chat = canonical(attachment.chat());
        try {
            queue.push(chat, OutItem.of(attachment));
        } catch (RuntimeException e) {
            log.warn("could not queue the file {} for chat {}", attachment.fileName(), chat, e);
            return false;
        }
        wake();
        return true;
    }

    /**
     * Sends, on the calling thread, what the limits allow now in every chat with pending items.
     * Passes in one process run one at a time.
     *
     * @return the earliest time something more may be sent, or null when nothing waits
     */
    Instant deliverDue() {
        pass.lock();
        try {
            Instant earliest = null;
            List<String> active = new ArrayList<>(queue.chats());
            // Round robin: one step per chat in turn, so a long queue does not starve the others.
            while (!active.isEmpty() && !closed) {
                for (Iterator<String> chats = active.iterator(); chats.hasNext() && !closed; ) {
                    Step step = step(chats.next());
                    if (!step.progressed()) {
                        chats.remove();
                        earliest = earlier(earliest, step.next());
                    }
                }
            }
            return earliest;
        } finally {
            pass.unlock();
        }
    }

    /** Starts the sender thread, which delivers until {@link #close()}. */
    synchronized void start() {
        if (sender != null) throw new IllegalStateException("the sender is already started");
        if (closed) throw new IllegalStateException("closed");
        sender = new Thread(this::run, THREAD_NAME);
        sender.start();
    }

    /** Stops the sender thread; what is still queued stays in Redis for the next start. */
    @Override
    public void close() {
        closed = true;
        wake();
        Thread thread;
        synchronized (this) {
            thread = sender;
        }
        if (thread == null || thread == Thread.currentThread()) {
            locks.close();
            return;
        }
        try {
            thread.join(STOP_WAIT.toMillis());
            if (thread.isAlive()) {
                thread.interrupt(); // aborts a call to Telegram that hangs; its item stays queued
                thread.join(STOP_WAIT.toMillis());
            }
            if (thread.isAlive()) log.warn("the Telegram sender did not stop in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            locks.close();
        }
    }

    private void run() {
        while (!closed) {
            Instant next;
            try {
                next = deliverDue();
            } catch (RuntimeException e) {
                log.warn("a delivery pass failed; trying again shortly", e);
                next = clock.instant().plus(AFTER_FAILURE);
            }
            sleepUntil(next);
        }
    }

    private void sleepUntil(Instant next) {
        Duration wait = next == null ? IDLE : Duration.between(clock.instant(), next);
        if (wait.compareTo(IDLE) > 0) wait = IDLE;
        signal.lock();
        try {
            long nanos = wait.toNanos();
            while (!poked && !closed && nanos > 0) nanos = woken.awaitNanos(nanos);
            poked = false;
        } catch (InterruptedException e) {
            closed = true;
        } finally {
            signal.unlock();
        }
    }

    private void wake() {
        signal.lock();
        try {
            poked = true;
            woken.signalAll();
        } finally {
            signal.unlock();
        }
    }

    private Step step(String chat) {
        Instant now = clock.instant();
        try {
            ChatLocks.Held lock = locks.take(chat);
            if (lock == null) return Step.waitUntil(now.plus(LOCKED_ELSEWHERE));
            try (lock) {
                return stepLocked(chat, now);
            }
        } catch (RuntimeException e) {
            log.warn("could not deliver to chat {}; trying again shortly", chat, e);
            return Step.waitUntil(now.plus(AFTER_FAILURE));
        }
    }

    private Step stepLocked(String chat, Instant now) {
        recordAgain(chat);
        foldIfBusy(chat);
        OutQueue.Queued head = queue.head(chat);
        if (head == null) {
            queue.forgetIfEmpty(chat);
            return Step.IDLE;
        }
        OutItem item = head.item();
        if (item.done() >= item.steps()) {
            record(chat, () -> queue.advance(chat, head, null));
            return Step.PROGRESSED;
        }
        long chatId = chatIds.current(chat);
        if (item.reactionNext()) return react(chat, chatId, head, now);
        Instant next = pacing.nextMessage(chat, chatId, now);
        if (next.isAfter(now)) return Step.waitUntil(next);
        Outcome outcome = OutItem.FILE.equals(item.kind())
                ? call(() -> bot.execute(requests.document(chat, chatId, item)))
                : call(() -> bot.execute(requests.message(chat, chatId, item)));
        Instant answered = clock.instant();
        try {
            return settle(chat, chatId, head, outcome, answered);
        } finally {
            pacing.called(answered);
        }
    }

    /** Makes again the record of a confirmed step that Redis may not have made. */
    private void recordAgain(String chat) {
        Runnable change = unrecorded.get(chat);
        if (change == null) return;
        change.run();
        unrecorded.remove(chat);
    }

    /** Makes a record of delivery; kept for {@link #recordAgain} when Redis does not acknowledge it. */
    private void record(String chat, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            unrecorded.put(chat, change);
            throw e;
        }
    }

    private void foldIfBusy(String chat) {
        if (queue.size(chat) < limits.busyBacklog()) return;
        List<OutQueue.Queued> seen = queue.items(chat);
        List<OutItem> items = seen.stream().map(OutQueue.Queued::item).toList();
        Folding.fold(items, limits.busyBacklog()).ifPresent(folded -> {
            queue.replaceFirst(chat, seen, folded);
            log.debug(
                    "chat {} is busy: {} waiting items folded into one digest", chat, items.size() - folded.size() + 1);
        });
    }

    private Step settle(String chat, long chatId, OutQueue.Queued head, Outcome outcome, Instant now) {
        switch (outcome.kind()) {
            case SENT:
                advance(chat, head);
                pacing.messageSent(chat, now);
                pacing.succeeded(chat);
                return Step.PROGRESSED;
            case FLOOD: {
                Instant until = pacing.flood(chat, outcome.retryAfter(), now);
                log.info(
                        "Telegram asks to wait {} s before writing to chat {} again",
                        outcome.retryAfter().toSeconds(),
                        chat);
                return Step.waitUntil(until);
            }
            case MIGRATED:
                if (outcome.migratedTo() != chatId) {
                    chatIds.migrate(chatId, outcome.migratedTo());
                    log.info("chat {} became the supergroup {}; sending there", chat, outcome.migratedTo());
                    return Step.PROGRESSED;
                }
                return backOff(chat, outcome, now);
            case REFUSED:
                record(chat, () -> queue.refuse(chat, head, outcome, now));
                log.warn(
                        "Telegram refused a {} for chat {} ({} {}); it is kept in {}",
                        head.item().kind(),
                        chat,
                        outcome.code(),
                        outcome.description(),
                        Keys.refused(chat));
                return Step.PROGRESSED;
            default:
                return backOff(chat, outcome, now);
        }
    }

    private Step backOff(String chat, Outcome outcome, Instant now) {
        Instant until = pacing.backOff(chat, now);
        log.warn(
                "could not deliver to chat {} ({} {}); trying again in {} s",
                chat,
                outcome.code(),
                outcome.description(),
                Duration.between(now, until).toSeconds());
        return Step.waitUntil(until);
    }

    /** Puts the reaction of a digest's next confirmed message; a failed reaction is only logged. */
    private Step react(String chat, long chatId, OutQueue.Queued head, Instant now) {
        Instant next = pacing.nextCall(chat, now);
        if (next.isAfter(now)) return Step.waitUntil(next);
        String messageId = head.item().folded().get(head.item().done()).messageId();
        Integer platformId = chatIds.platformMessageId(chat, messageId);
        if (platformId == null) {
            advance(chat, head);
            return Step.PROGRESSED;
        }
        Outcome outcome = call(() -> bot.execute(Requests.reaction(chatId, platformId)));
        Instant answered = clock.instant();
        try {
            if (outcome.kind() == Outcome.Kind.FLOOD) {
                return Step.waitUntil(pacing.flood(chat, outcome.retryAfter(), answered));
            }
            advance(chat, head);
            if (outcome.kind() != Outcome.Kind.SENT) {
                log.info(
                        "could not mark message {} in chat {} ({} {}); the digest lists it all the same",
                        messageId,
                        chat,
                        outcome.code(),
                        outcome.description());
            }
            return Step.PROGRESSED;
        } finally {
            pacing.called(answered);
        }
    }

    /** Records that Telegram confirmed the head's next step; the head leaves when that was its last. */
    private void advance(String chat, OutQueue.Queued head) {
        OutItem next = head.item().advanced();
        record(chat, () -> queue.advance(chat, head, next.done() >= next.steps() ? null : next));
    }

    private static Outcome call(Supplier<? extends BaseResponse> request) {
        try {
            return Outcome.of(request.get());
        } catch (RuntimeException e) {
            return Outcome.failed(e);
        }
    }

    private static String canonical(ChatRef chat) {
        if (!TelegramAdapter.PLATFORM.equals(chat.platform())) {
            throw new IllegalArgumentException("not a Telegram chat: " + chat);
        }
        try {
            Long.parseLong(chat.chatId());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a Telegram chat id is a number: " + chat, e);
        }
        return chat.chatId();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }

    /** What one step did for a chat: progressed, or nothing until {@code next} (null: nothing waits). */
    private record Step(boolean progressed, Instant next) {
        static final Step PROGRESSED = new Step(true, null);
        static final Step IDLE = new Step(false, null);

        static Step waitUntil(Instant next) {
            return new Step(false, next);
        }
    }
}
