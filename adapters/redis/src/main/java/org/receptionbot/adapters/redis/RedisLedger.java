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
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The ledger in Redis; keys under {@code rb:{event}:} (one hash slot, so each write is one transaction). */
final class RedisLedger implements Ledger {
    private final StringRedisTemplate redis;

    RedisLedger(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean markApplied(String messageKey) {
        Long added = redis.opsForSet().add(RedisKeys.applied(), messageKey);
        return added != null && added == 1L;
    }

    @Override
    public void append(List<Entry> entries) {
        if (entries.isEmpty()) return;
        transaction(ops -> {
            for (Entry e : entries) {
                String json = Json.write(EntryFields.write(e));
                ops.opsForList().rightPush(RedisKeys.day(e.day()), json);
                ops.opsForList().rightPush(RedisKeys.entriesOf(e.source().messageRef()), json);
                if (e.record() instanceof Movement) ops.opsForList().rightPush(RedisKeys.movements(), json);
                ops.opsForValue()
                        .set(
                                RedisKeys.lastOf(e.source().chat(), e.source().senderId()),
                                e.source().messageRef());
            }
        });
    }

    @Override
    public void withdraw(List<Withdrawal> withdrawals) {
        transaction(ops -> {
            for (Withdrawal w : withdrawals) {
                ops.opsForHash().putIfAbsent(RedisKeys.withdrawn(), w.entryId(), Json.write(EntryFields.write(w)));
            }
        });
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

    private Map<String, Withdrawal> withdrawals(List<Entry> entries) {
        Map<String, Withdrawal> out = new HashMap<>();
        if (entries.isEmpty()) return out;
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

    private interface Writes {
        void run(RedisOperations<String, String> ops);
    }

    /** Runs the writes in one MULTI/EXEC. */
    private void transaction(Writes writes) {
        redis.execute(new SessionCallback<List<Object>>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> List<Object> execute(RedisOperations<K, V> operations) throws DataAccessException {
                RedisOperations<String, String> ops = (RedisOperations<String, String>) operations;
                ops.multi();
                writes.run(ops);
                return ops.exec();
            }
        });
    }
}
