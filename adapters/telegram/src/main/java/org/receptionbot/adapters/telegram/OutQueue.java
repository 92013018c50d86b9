package org.receptionbot.adapters.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-chat queues in Redis. Anyone may append; only the holder of a chat's {@link #lock} reads
 * its head, changes it or removes it, so the first items of a queue stay as that holder saw them.
 */
final class OutQueue {
    /**
     * Outlasts one call ({@link TelegramAdapter} gives the sending client a {@value
     * TelegramAdapter#SEND_CALL_SECONDS} s call timeout); a crashed holder blocks its chat this long.
     */
    static final Duration LOCK_TTL = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RedisScript<Long> PUSH = script("""
            redis.call('RPUSH', KEYS[1], ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[1])
            return 1""");
    private static final RedisScript<Long> FORGET_IF_EMPTY = script("""
            if redis.call('LLEN', KEYS[1]) == 0 then return redis.call('SREM', KEYS[2], ARGV[1]) end
            return 0""");
    private static final RedisScript<Long> REFUSE = script("""
            redis.call('RPUSH', KEYS[2], ARGV[1])
            redis.call('LPOP', KEYS[1])
            return 1""");
    private static final RedisScript<Long> REPLACE_FIRST = script("""
            redis.call('LTRIM', KEYS[1], tonumber(ARGV[1]), -1)
            for i = #ARGV, 2, -1 do redis.call('LPUSH', KEYS[1], ARGV[i]) end
            return 1""");
    private static final RedisScript<Long> UNLOCK = script("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""");

    private final StringRedisTemplate redis;

    OutQueue(StringRedisTemplate redis) {
        this.redis = redis;
    }

    void push(String chat, OutItem item) {
        redis.execute(PUSH, List.of(Keys.queue(chat), Keys.BUSY_CHATS), chat, write(item));
    }

    Set<String> chats() {
        Set<String> chats = redis.opsForSet().members(Keys.BUSY_CHATS);
        return chats == null ? Set.of() : chats;
    }

    long size(String chat) {
        Long size = redis.opsForList().size(Keys.queue(chat));
        return size == null ? 0 : size;
    }

    List<OutItem> items(String chat) {
        List<String> all = redis.opsForList().range(Keys.queue(chat), 0, -1);
        List<OutItem> items = new ArrayList<>();
        if (all != null) for (String json : all) items.add(read(json));
        return items;
    }

    /** The oldest pending item, or null. */
    OutItem head(String chat) {
        String json = redis.opsForList().index(Keys.queue(chat), 0);
        return json == null ? null : read(json);
    }

    /** Records the head's progress. */
    void replaceHead(String chat, OutItem head) {
        redis.opsForList().set(Keys.queue(chat), 0, write(head));
    }

    /** Removes the head once Telegram has confirmed all of it. */
    void pop(String chat) {
        redis.opsForList().leftPop(Keys.queue(chat));
    }

    /** Replaces the first {@code count} items, as read by {@link #items}, with {@code items}. */
    void replaceFirst(String chat, int count, List<OutItem> items) {
        List<String> args = new ArrayList<>();
        args.add(Integer.toString(count));
        for (OutItem item : items) args.add(write(item));
        redis.execute(REPLACE_FIRST, List.of(Keys.queue(chat)), args.toArray());
    }

    /** Moves the head to the chat's refused list, with why. */
    void refuse(String chat, OutItem head, Outcome outcome, Instant at) {
        Refusal refusal = new Refusal(at.toString(), outcome.code(), outcome.description(), head);
        redis.execute(REFUSE, List.of(Keys.queue(chat), Keys.refused(chat)), JSON.writeValueAsString(refusal));
    }

    /** Takes the chat out of the busy set if its queue is empty, atomically with respect to {@link #push}. */
    void forgetIfEmpty(String chat) {
        redis.execute(FORGET_IF_EMPTY, List.of(Keys.queue(chat), Keys.BUSY_CHATS), chat);
    }

    /** Takes the chat's delivery lock; returns the token to release it with, or null when another holds it. */
    String lock(String chat) {
        String token = UUID.randomUUID().toString();
        Boolean taken = redis.opsForValue().setIfAbsent(OutKeys.lock(chat), token, LOCK_TTL);
        return Boolean.TRUE.equals(taken) ? token : null;
    }

    void unlock(String chat, String token) {
        redis.execute(UNLOCK, List.of(OutKeys.lock(chat)), token);
    }

    /** What Telegram refused for good, as kept in {@link Keys#refused}. */
    record Refusal(String at, int code, String error, OutItem item) {}

    static String write(OutItem item) {
        return JSON.writeValueAsString(item);
    }

    static OutItem read(String json) {
        return JSON.readValue(json, OutItem.class);
    }

    static Refusal readRefusal(String json) {
        return JSON.readValue(json, Refusal.class);
    }

    private static RedisScript<Long> script(String lua) {
        return new DefaultRedisScript<>(lua, Long.class);
    }
}
