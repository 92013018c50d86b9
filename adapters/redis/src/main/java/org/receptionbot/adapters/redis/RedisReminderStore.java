package org.receptionbot.adapters.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderStore;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Custom reminders in a hash by id; removing is atomic, so of two instances only one claims a reminder. */
final class RedisReminderStore implements ReminderStore {
    /**
     * HGET then HDEL in one step: the caller that gets the reminder is the one that removed it. The
     * reminder is also kept a day for this call (ARGV[2]), so that a re-send of the removal returns
     * it again. KEYS: the reminders, the id's taken-by key; ARGV[1]: the id.
     */
    private static final RedisScript<String> TAKE = RedisScript.of("""
            local r = redis.call('HGET', KEYS[1], ARGV[1])
            if r then
              redis.call('HDEL', KEYS[1], ARGV[1])
              redis.call('SET', KEYS[2], ARGV[2] .. '|' .. r, 'EX', 86400)
              return r
            end
            local t = redis.call('GET', KEYS[2])
            local mine = ARGV[2] .. '|'
            if t and string.sub(t, 1, #mine) == mine then return string.sub(t, #mine + 1) end
            return false
            """, String.class);

    private final StringRedisTemplate redis;

    RedisReminderStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Reminder add(Instant due, String text, String author) {
        Long id = redis.opsForValue().increment(RedisKeys.reminderSequence());
        Reminder reminder = new Reminder(id.intValue(), due, text, author);
        redis.opsForHash().put(RedisKeys.reminders(), Integer.toString(reminder.id()), write(reminder));
        return reminder;
    }

    @Override
    public Optional<Reminder> find(int id) {
        Object json = redis.opsForHash().get(RedisKeys.reminders(), Integer.toString(id));
        return Optional.ofNullable(json).map(j -> read((String) j));
    }

    @Override
    public List<Reminder> all() {
        List<Reminder> all = new ArrayList<>();
        for (Object json : redis.opsForHash().values(RedisKeys.reminders())) all.add(read((String) json));
        all.sort(Comparator.comparing(Reminder::due).thenComparing(Reminder::id));
        return all;
    }

    @Override
    public Optional<Reminder> remove(int id) {
        List<String> keys = List.of(RedisKeys.reminders(), RedisKeys.reminderTaken(id));
        String callId = Once.callId();
        String json = Retry.once(() -> redis.execute(TAKE, keys, Integer.toString(id), callId));
        return Optional.ofNullable(json).map(RedisReminderStore::read);
    }

    private static String write(Reminder r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", Integer.toString(r.id()));
        f.put("due", r.due().toString());
        f.put("text", r.text());
        if (r.author() != null) f.put("author", r.author());
        return Json.write(f);
    }

    private static Reminder read(String json) {
        Map<String, String> f = Json.fields(json);
        return new Reminder(Integer.parseInt(f.get("id")), Instant.parse(f.get("due")), f.get("text"), f.get("author"));
    }
}
