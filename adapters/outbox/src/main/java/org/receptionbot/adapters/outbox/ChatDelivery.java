package org.receptionbot.adapters.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step of a chat's delivery: under the chat's lock, the next call of its oldest item, when the
 * limits allow it, and the record of what came of it.
 *
 * <p>A step the platform confirmed is recorded before anything else ({@link Records}), so only a
 * crash between the platform's answer and the record sends a message twice.
 */
final class ChatDelivery {
    private static final Logger log = LoggerFactory.getLogger(ChatDelivery.class);

    private static final Duration LOCKED_ELSEWHERE = Duration.ofSeconds(1);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final ChatSender sender;
    private final OutQueue queue;
    private final ChatLocks locks;
    private final Pacing pacing;
    private final Rendering rendering;
    private final int busyBacklog;
    private final Clock clock;
    private final Records records = new Records();

    ChatDelivery(ChatSender sender, OutQueue queue, ChatLocks locks, Pacing pacing, int busyBacklog, Clock clock) {
        this.sender = sender;
        this.queue = queue;
        this.locks = locks;
        this.pacing = pacing;
        this.rendering = Rendering.of(sender);
        this.busyBacklog = busyBacklog;
        this.clock = clock;
    }

    Step step(String chat) {
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
        records.again(chat);
        foldIfBusy(chat);
        OutQueue.Queued head = queue.head(chat);
        if (head == null) {
            queue.forgetIfEmpty(chat);
            return Step.IDLE;
        }
        OutItem item = head.item();
        if (item.done() >= item.steps(rendering)) {
            records.make(chat, () -> queue.advance(chat, head, null));
            return Step.PROGRESSED;
        }
        Delivery delivery = item.next(chat, rendering);
        Instant next = delivery instanceof Delivery.Mark
                ? pacing.nextCall(chat, now)
                : pacing.nextMessage(chat, sender.isGroup(chat), now);
        if (next.isAfter(now)) return Step.waitUntil(next);
        Outcome outcome = call(delivery);
        Instant answered = clock.instant();
        try {
            return delivery instanceof Delivery.Mark
                    ? marked(chat, head, outcome, answered)
                    : settle(chat, head, outcome, answered);
        } finally {
            pacing.called(answered);
        }
    }

    private Step settle(String chat, OutQueue.Queued head, Outcome outcome, Instant now) {
        if (outcome instanceof Outcome.Sent) {
            advance(chat, head);
            pacing.messageSent(chat, now);
            pacing.succeeded(chat);
            return Step.PROGRESSED;
        }
        if (outcome instanceof Outcome.RetryAfter wait) return flood(chat, wait, now);
        if (outcome instanceof Outcome.Refused refused) {
            records.make(chat, () -> queue.refuse(chat, head, refused, now));
            log.warn(
                    "{} refused an item for chat {} ({} {}); it is kept in the chat's refused items",
                    sender.platform(),
                    chat,
                    refused.code(),
                    refused.reason());
            return Step.PROGRESSED;
        }
        Instant until = pacing.backOff(chat, now);
        log.warn(
                "could not deliver to chat {} ({}); trying again in {} s",
                chat,
                ((Outcome.Failed) outcome).reason(),
                Duration.between(now, until).toSeconds());
        return Step.waitUntil(until);
    }

    /** A failed mark is only logged: the digest lists its message all the same. */
    private Step marked(String chat, OutQueue.Queued head, Outcome outcome, Instant now) {
        if (outcome instanceof Outcome.RetryAfter wait) return flood(chat, wait, now);
        advance(chat, head);
        if (!(outcome instanceof Outcome.Sent)) {
            log.info("could not mark a message in chat {} ({}); the digest lists it all the same", chat, outcome);
        }
        return Step.PROGRESSED;
    }

    private Step flood(String chat, Outcome.RetryAfter wait, Instant now) {
        Instant until = pacing.flood(chat, wait.delay(), now);
        log.info(
                "{} asks to wait {} s before writing to chat {} again",
                sender.platform(),
                wait.delay().toSeconds(),
                chat);
        return Step.waitUntil(until);
    }

    private void foldIfBusy(String chat) {
        if (queue.size(chat) < busyBacklog) return;
        List<OutQueue.Queued> seen = queue.items(chat);
        List<OutItem> items = seen.stream().map(OutQueue.Queued::item).toList();
        Folding.fold(items, busyBacklog).ifPresent(folded -> {
            queue.replaceFirst(chat, seen, folded);
            log.debug(
                    "chat {} is busy: {} waiting items folded into one digest", chat, items.size() - folded.size() + 1);
        });
    }

    /** Records that the platform confirmed the head's next step; the head leaves when that was its last. */
    private void advance(String chat, OutQueue.Queued head) {
        OutItem next = head.item().advanced();
        records.make(chat, () -> queue.advance(chat, head, next.done() >= next.steps(rendering) ? null : next));
    }

    private Outcome call(Delivery delivery) {
        try {
            Outcome outcome = sender.send(delivery);
            return outcome == null ? new Outcome.Failed("the sender gave no outcome") : outcome;
        } catch (RuntimeException e) {
            return new Outcome.Failed(String.valueOf(e));
        }
    }
}
