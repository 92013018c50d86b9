package org.receptionbot.adapters.redis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.EntryFields;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Withdrawal;
import org.receptionbot.record.Movement;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** The ledger in Redis; keys under {@code rb:{event}:} (one hash slot, so each write is one atomic script). */
final class RedisLedger implements Ledger {
    /** From this many entries (a day, not a message) withdrawals may be read whole rather than by id. */
    private static final int BULK_FROM = 256;

    /**
     * Marks a message version applied and appends its entries, in one atomic step and one round
     * trip; does nothing (returns 0) when another call applied the version before, and returns 1
     * again to a re-send or retry of the call that applied it. KEYS[1]: the applied set, KEYS[2]:
     * who applied each version; ARGV[1]: the message key, ARGV[2]: the call's id. Then per entry,
     * KEYS: its day, its message, the movements, the sender's last message; ARGV: the entry's JSON,
     * 1 when it is a movement, the message reference.
     */
    private static final RedisScript<Long> APPEND = RedisScript.of("""
            if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then
              if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then return 1 end
              return 0
            end
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            local n = (#ARGV - 2) / 3
            for i = 0, n - 1 do
              local json = ARGV[3 * i + 3]
              redis.call('RPUSH', KEYS[4 * i + 3], json)
              redis.call('RPUSH', KEYS[4 * i + 4], json)
              if ARGV[3 * i + 4] == '1' then redis.call('RPUSH', KEYS[4 * i + 5], json) end
              redis.call('SET', KEYS[4 * i + 6], ARGV[3 * i + 5])
            end
            return 1
            """, Long.class);

    /** Withdraws entries in one step; the first withdrawal of an entry stands. ARGV: entry id, JSON, … */
    private static final RedisScript<Long> WITHDRAW = RedisScript.of("""
            for i = 1, #ARGV, 2 do
              redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
            end
            return #ARGV / 2
            """, Long.class);

    private final StringRedisTemplate redis;

    RedisLedger(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean append(String messageKey, List<Entry> entries) {
        List<String> keys = new ArrayList<>(2 + entries.size() * 4);
        List<String> args = new ArrayList<>(2 + entries.size() * 3);
        keys.add(RedisKeys.applied());
        keys.add(RedisKeys.appliedBy());
        args.add(messageKey);
        args.add(Once.callId());
        for (Entry e : entries) {
            keys.add(RedisKeys.day(e.day()));
            keys.add(RedisKeys.entriesOf(e.source().messageRef()));
            keys.add(RedisKeys.movements());
            keys.add(RedisKeys.lastOf(e.source().chat(), e.source().senderId()));
            args.add(Json.write(EntryFields.write(e)));
            args.add(e.record() instanceof Movement ? "1" : "0");
            args.add(e.source().messageRef());
        }
        Long applied = Retry.once(() -> redis.execute(APPEND, keys, args.toArray()));
        return applied != null && applied == 1L;
    }

    @Override
    public void withdraw(List<Withdrawal> withdrawals) {
        if (withdrawals.isEmpty()) return;
        List<String> args = new ArrayList<>(withdrawals.size() * 2);
        for (Withdrawal w : withdrawals) {
            args.add(w.entryId());
            args.add(Json.write(EntryFields.write(w)));
        }
        redis.execute(WITHDRAW, List.of(RedisKeys.withdrawn()), args.toArray());
    }

    @Override
    public DayLog day(LocalDate day) {
        List<Entry> entries = entries(RedisKeys.day(day));
        Map<String, Withdrawal> withdrawn = new HashMap<>();
        withdrawals(entries).forEach((id, w) -> withdrawn.put(id, w));
        return new DayLog(day, entries, withdrawn);
    }

    @Override
    public List<Entry> activeEntriesOf(String messageRef) {
        return active(entries(RedisKeys.entriesOf(messageRef)));
    }

    @Override
    public Optional<String> lastMessageOf(ChatRef chat, String senderId) {
        return Optional.ofNullable(redis.opsForValue().get(RedisKeys.lastOf(chat, senderId)));
    }

    @Override
    public List<Entry> activeMovements() {
        return active(entries(RedisKeys.movements()));
    }

    @Override
    public void recordActual(ActualCount actual) {
        Map<String, String> f = new HashMap<>(EntryFields.source(actual.source(), "source."));
        f.put("date", actual.date().toString());
        f.put("meal", actual.meal());
        f.put("venue", actual.venue());
        f.put("count", Integer.toString(actual.count()));
        redis.opsForHash().put(RedisKeys.actuals(actual.date()), actual.meal() + "|" + actual.venue(), Json.write(f));
    }

    @Override
    public List<ActualCount> actuals(LocalDate day) {
        List<ActualCount> out = new ArrayList<>();
        for (Object json : redis.opsForHash().values(RedisKeys.actuals(day))) {
            Map<String, String> f = Json.fields((String) json);
            out.add(new ActualCount(
                    LocalDate.parse(f.get("date")),
                    f.get("meal"),
                    f.get("venue"),
                    Integer.parseInt(f.get("count")),
                    EntryFields.source(f, "source.")));
        }
        out.sort(java.util.Comparator.comparing(ActualCount::meal).thenComparing(ActualCount::venue));
        return out;
    }

    private List<Entry> entries(String key) {
        List<String> json = redis.opsForList().range(key, 0, -1);
        List<Entry> out = new ArrayList<>(json == null ? 0 : json.size());
        if (json != null) for (String j : json) out.add(EntryFields.readEntry(Json.fields(j)));
        return out;
    }

    /**
     * The withdrawals of these entries: asked for by id, or, when there are more entries than
     * withdrawals in the whole event (a day's board), all withdrawals read and matched here.
     */
    private Map<String, Withdrawal> withdrawals(List<Entry> entries) {
        Map<String, Withdrawal> out = new HashMap<>();
        if (entries.isEmpty()) return out;
        if (entries.size() >= BULK_FROM) {
            Long all = redis.opsForHash().size(RedisKeys.withdrawn());
            if (all != null && all < entries.size()) {
                Map<Object, Object> every = redis.opsForHash().entries(RedisKeys.withdrawn());
                for (Entry e : entries) {
                    Object json = every.get(e.id());
                    if (json != null) out.put(e.id(), EntryFields.readWithdrawal(Json.fields((String) json)));
                }
                return out;
            }
        }
        List<Object> ids = new ArrayList<>(entries.size());
        for (Entry e : entries) ids.add(e.id());
        List<Object> found = redis.opsForHash().multiGet(RedisKeys.withdrawn(), ids);
        for (int i = 0; i < ids.size(); i++) {
            Object json = found.get(i);
            if (json != null) out.put((String) ids.get(i), EntryFields.readWithdrawal(Json.fields((String) json)));
        }
        return out;
    }

    private List<Entry> active(List<Entry> entries) {
        Map<String, Withdrawal> withdrawn = withdrawals(entries);
        return entries.stream().filter(e -> !withdrawn.containsKey(e.id())).toList();
    }
}
