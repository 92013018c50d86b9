package org.receptionbot.adapters.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The per-chat queues in Redis. Anyone may append; only the holder of a chat's lock ({@link
 * ChatLocks}) reads its head, changes it or removes it.
 *
 * <p>Every write here may run twice, or run while its caller learns only that it failed: Lettuce
 * sends a command again after a reconnect when its reply was lost, and a timeout says nothing of
 * whether Redis ran the command. So every write is safe to repeat:
 *
 * <ul>
 *   <li>each item has its own id, and {@link #push} queues an item only if its id was never queued
 *       (a marker {@link OutboxKeys#queued} kept a day);
 *   <li>every change of queued items ({@link #advance}, {@link #replaceFirst}, {@link #refuse}) is a
 *       compare-and-set: it names the items as their holder read them ({@link Queued#sha}) and does
 *       nothing when they changed since, so a change run again does nothing the second time;
 *   <li>the head's {@link OutItem#done} is its delivery mark: a step the platform confirmed is recorded
 *       by moving it on, so a recorded step is never sent again. Only a crash between the platform's
 *       answer and that record sends one step twice.
 * </ul>
 */
final class OutQueue {
    /** How long a queued id is remembered; far longer than a client ever re-sends a command. */
    static final Duration QUEUED_TTL = Duration.ofDays(1);

    private static final RedisScript<Long> PUSH = script("""
            if not redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[3]) then return 0 end
            redis.call('RPUSH', KEYS[1], ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[1])
            return 1""");
    private static final RedisScript<Long> FORGET_IF_EMPTY = script("""
            if redis.call('LLEN', KEYS[1]) == 0 then return redis.call('SREM', KEYS[2], ARGV[1]) end
            return 0""");
    private static final String HEAD_UNCHANGED = """
            local head = redis.call('LINDEX', KEYS[1], 0)
            if not head or redis.sha1hex(head) ~= ARGV[1] then return 0 end
            """;
    private static final RedisScript<Long> ADVANCE = script(HEAD_UNCHANGED + """
            if ARGV[2] == '' then redis.call('LPOP', KEYS[1]) else redis.call('LSET', KEYS[1], 0, ARGV[2]) end
            return 1""");
    private static final RedisScript<Long> REFUSE = script(HEAD_UNCHANGED + """
            redis.call('RPUSH', KEYS[2], ARGV[2])
            redis.call('LPOP', KEYS[1])
            return 1""");
    private static final RedisScript<Long> REPLACE_FIRST = script("""
            local count = tonumber(ARGV[1])
            local seen = redis.call('LRANGE', KEYS[1], 0, count - 1)
            if #seen ~= count then return 0 end
            for i = 1, count do if redis.sha1hex(seen[i]) ~= ARGV[i + 1] then return 0 end end
            redis.call('LTRIM', KEYS[1], count, -1)
            for i = #ARGV, count + 2, -1 do redis.call('LPUSH', KEYS[1], ARGV[i]) end
            return 1""");

    private final StringRedisTemplate redis;
    private final OutboxKeys keys;

    OutQueue(StringRedisTemplate redis, OutboxKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * An item as it was read from its queue.
     *
     * @param sha the SHA-1 of its stored form, which a change of it is checked against
     */
    record Queued(OutItem item, String sha) {}

    /** Appends the item to the chat's queue, unless an item with its id was queued already. */
    void push(String chat, OutItem item) {
        Objects.requireNonNull(item.id(), "an item to queue needs its id");
        redis.execute(
                PUSH,
                List.of(keys.queue(chat), keys.busyChats(), keys.queued(item.id())),
                chat,
                write(item),
                Long.toString(QUEUED_TTL.toSeconds()));
    }

    Set<String> chats() {
        Set<String> chats = redis.opsForSet().members(keys.busyChats());
        return chats == null ? Set.of() : chats;
    }

    long size(String chat) {
        Long size = redis.opsForList().size(keys.queue(chat));
        return size == null ? 0 : size;
    }

    List<Queued> items(String chat) {
        List<String> all = redis.opsForList().range(keys.queue(chat), 0, -1);
        List<Queued> items = new ArrayList<>();
        if (all != null) for (String json : all) items.add(queued(json));
        return items;
    }

    /** The oldest pending item, or null. */
    Queued head(String chat) {
        String json = redis.opsForList().index(keys.queue(chat), 0);
        return json == null ? null : queued(json);
    }

    /**
     * Records the head's progress, or removes it when {@code next} is null (all of it delivered); does
     * nothing when the head is no longer {@code head}.
     */
    void advance(String chat, Queued head, OutItem next) {
        redis.execute(ADVANCE, List.of(keys.queue(chat)), head.sha(), next == null ? "" : write(next));
    }

    /** Replaces the first items, as read by {@link #items}, with {@code items}; nothing if they changed. */
    void replaceFirst(String chat, List<Queued> seen, List<OutItem> items) {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(seen.size()));
        for (Queued q : seen) args.add(q.sha());
        for (OutItem item : items) args.add(write(item));
        redis.execute(REPLACE_FIRST, List.of(keys.queue(chat)), args.toArray());
    }

    /** Moves the head to the chat's refused list, with why; nothing if the head is no longer {@code head}. */
    void refuse(String chat, Queued head, Outcome.Refused outcome, Instant at) {
        Refusal refusal = new Refusal(at.toString(), outcome.code(), outcome.reason(), head.item());
        redis.execute(REFUSE, List.of(keys.queue(chat), keys.refused(chat)), head.sha(), StoredForm.write(refusal));
    }

    /** Takes the chat out of the busy set if its queue is empty, atomically with respect to {@link #push}. */
    void forgetIfEmpty(String chat) {
        redis.execute(FORGET_IF_EMPTY, List.of(keys.queue(chat), keys.busyChats()), chat);
    }

    private static String write(OutItem item) {
        return StoredForm.write(item);
    }

    private static Queued queued(String json) {
        return new Queued(StoredForm.read(json), StoredForm.sha1(json));
    }

    static RedisScript<Long> script(String lua) {
        return new DefaultRedisScript<>(lua, Long.class);
    }
}
