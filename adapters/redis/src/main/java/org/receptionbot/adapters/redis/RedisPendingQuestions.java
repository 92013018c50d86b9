package org.receptionbot.adapters.redis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.EntryFields;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Record;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Questions and confirmations waiting between messages. The expiry the core gives is kept in the
 * value and checked against the core's {@code now}; Redis drops the key a day after that expiry
 * (by the wall clock; a day from now for an expiry already past, as in a rehearsed day).
 */
final class RedisPendingQuestions implements PendingQuestions {
    private static final Duration KEEP = Duration.ofDays(1);
    /**
     * GET and DEL in one step, the value also kept an hour for this call (ARGV[1]), so that a re-send
     * of the take returns it again instead of nothing. KEYS: the key, its taken-by key.
     */
    private static final RedisScript<String> TAKE = RedisScript.of("""
            local v = redis.call('GET', KEYS[1])
            if v then
              redis.call('DEL', KEYS[1])
              redis.call('SET', KEYS[2], ARGV[1] .. '|' .. v, 'EX', 3600)
              return v
            end
            local t = redis.call('GET', KEYS[2])
            local mine = ARGV[1] .. '|'
            if t and string.sub(t, 1, #mine) == mine then return string.sub(t, #mine + 1) end
            return false
            """, String.class);

    private final StringRedisTemplate redis;

    RedisPendingQuestions(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void put(String key, Pending pending, Instant expiresAt) {
        Map<String, Object> value = write(pending);
        value.put("expiresAt", expiresAt.toString());
        Duration left = Duration.between(Instant.now(), expiresAt);
        redis.opsForValue().set(RedisKeys.pending(key), Json.write(value), left.isNegative() ? KEEP : left.plus(KEEP));
    }

    @Override
    public Optional<Pending> peek(String key, Instant now) {
        return read(redis.opsForValue().get(RedisKeys.pending(key)), now);
    }

    @Override
    public Optional<Pending> take(String key, Instant now) {
        List<String> keys = List.of(RedisKeys.pending(key), RedisKeys.pendingTaken(key));
        String callId = Once.callId();
        return read(Retry.once(() -> redis.execute(TAKE, keys, callId)), now);
    }

    private static Optional<Pending> read(String json, Instant now) {
        if (json == null) return Optional.empty();
        Map<String, Object> v = Json.tree(json);
        if (!now.isBefore(Instant.parse((String) v.get("expiresAt")))) return Optional.empty();
        var source = EntryFields.source(Json.fieldsOf(v.get("source")), "");
        return Optional.of(
                switch ((String) v.get("kind")) {
                    case "answer" -> {
                        List<Gap> gaps = new ArrayList<>();
                        for (Object g : Json.listOf(v.get("gaps"))) {
                            Map<String, String> f = Json.fieldsOf(g);
                            gaps.add(new Gap(
                                    Gap.Field.valueOf(f.get("gap.missing")),
                                    RecordFields.read(f),
                                    f.get("gap.statement")));
                        }
                        yield new Pending.Answer(gaps, source);
                    }
                    case "confirmation" -> {
                        List<Record> records = new ArrayList<>();
                        for (Object r : Json.listOf(v.get("records"))) records.add(RecordFields.read(Json.fieldsOf(r)));
                        yield new Pending.Confirmation(records, source, (String) v.get("question"));
                    }
                    case "actual" -> {
                        Map<String, String> a = Json.fieldsOf(v.get("actual"));
                        yield new Pending.ActualConfirmation(new ActualCount(
                                LocalDate.parse(a.get("date")),
                                a.get("meal"),
                                a.get("venue"),
                                Integer.parseInt(a.get("count")),
                                source));
                    }
                    case "answered" -> new Pending.Answered(source);
                    default -> new Pending.BindRequest(RedisBindings.read(Json.fieldsOf(v.get("binding"))), source);
                });
    }

    private static Map<String, Object> write(Pending pending) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (pending instanceof Pending.Answer a) {
            v.put("kind", "answer");
            List<Map<String, String>> gaps = new ArrayList<>();
            for (Gap g : a.gaps()) {
                Map<String, String> f = new LinkedHashMap<>(RecordFields.write(g.draft()));
                f.put("gap.missing", g.missing().name());
                f.put("gap.statement", g.statement());
                gaps.add(f);
            }
            v.put("gaps", gaps);
            v.put("source", EntryFields.source(a.source(), ""));
        } else if (pending instanceof Pending.Confirmation c) {
            v.put("kind", "confirmation");
            v.put("records", c.records().stream().map(RecordFields::write).toList());
            v.put("source", EntryFields.source(c.source(), ""));
            if (c.question() != null) v.put("question", c.question());
        } else if (pending instanceof Pending.ActualConfirmation c) {
            v.put("kind", "actual");
            ActualCount a = c.actual();
            v.put(
                    "actual",
                    Map.of(
                            "date",
                            a.date().toString(),
                            "meal",
                            a.meal(),
                            "venue",
                            a.venue(),
                            "count",
                            Integer.toString(a.count())));
            v.put("source", EntryFields.source(a.source(), ""));
        } else if (pending instanceof Pending.Answered a) {
            v.put("kind", "answered");
            v.put("source", EntryFields.source(a.source(), ""));
        } else if (pending instanceof Pending.BindRequest b) {
            v.put("kind", "bind");
            v.put("binding", RedisBindings.write(b.binding()));
            v.put("source", EntryFields.source(b.source(), ""));
        }
        return v;
    }
}
