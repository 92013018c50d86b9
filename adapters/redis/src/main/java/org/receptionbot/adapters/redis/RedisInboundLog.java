package org.receptionbot.adapters.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** The raw inbound log in Redis: one hash per message version and one list per chat. */
final class RedisInboundLog implements InboundLog {

    /** The hash field set once the message has been handled. */
    private static final String HANDLED = "handled";

    /**
     * Stores the hash and appends it to the chat's list only when the key is new, atomically; says
     * whether the message still has to be handled.
     */
    private static final RedisScript<Long> STORE_ONCE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then
              if redis.call('HEXISTS', KEYS[1], '%s') == 1 then return 0 end
              return 1
            end
            redis.call('HSET', KEYS[1], unpack(ARGV))
            redis.call('RPUSH', KEYS[2], KEYS[1])
            return 1
            """.formatted(HANDLED), Long.class);

    private final StringRedisTemplate redis;

    RedisInboundLog(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean store(IncomingMessage message) {
        List<String> keys = List.of(RedisKeys.message(message), RedisKeys.log(message.chat()));
        Object[] fields = fields(message).entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                .toArray();
        Long stored = redis.execute(STORE_ONCE, keys, fields);
        return stored != null && stored == 1L;
    }

    @Override
    public void handled(IncomingMessage message) {
        redis.opsForHash().put(RedisKeys.message(message), HANDLED, "1");
    }

    @Override
    public List<IncomingMessage> recent(ChatRef chat, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<String> keys = redis.opsForList().range(RedisKeys.log(chat), -limit, -1);
        List<IncomingMessage> messages = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            Map<String, String> hash = redis.<String, String>opsForHash().entries(key);
            if (!hash.isEmpty()) {
                messages.add(message(chat, hash));
            }
        }
        return messages;
    }

    @Override
    public long count(ChatRef chat) {
        Long size = redis.opsForList().size(RedisKeys.log(chat));
        return size == null ? 0 : size;
    }

    private static Map<String, String> fields(IncomingMessage m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("platform", m.chat().platform());
        fields.put("chat", m.chat().chatId());
        fields.put("id", m.messageId());
        fields.put("sender", m.senderId());
        fields.put("senderName", m.senderName());
        fields.put("sentAt", m.sentAt().toString());
        fields.put("text", m.text());
        if (m.replyTo() != null) {
            fields.put("replyTo", m.replyTo());
        }
        fields.put("edited", Boolean.toString(m.edited()));
        return fields;
    }

    private static IncomingMessage message(ChatRef chat, Map<String, String> h) {
        return new IncomingMessage(
                chat,
                h.get("id"),
                h.get("sender"),
                h.get("senderName"),
                Instant.parse(h.get("sentAt")),
                h.get("text"),
                h.get("replyTo"),
                Boolean.parseBoolean(h.get("edited")));
    }
}
