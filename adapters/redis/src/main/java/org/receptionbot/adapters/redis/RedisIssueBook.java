package org.receptionbot.adapters.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.ledger.EntryFields;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueStep;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.record.Issue;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Issue tickets in Redis: one hash by number, an index by entry, a counter for numbers, and the
 * coordinators' steps by message (before and after, for 撤销).
 */
final class RedisIssueBook implements IssueBook {
    private final StringRedisTemplate redis;

    RedisIssueBook(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public int nextNumber() {
        Long n = redis.opsForValue().increment(RedisKeys.issueSequence());
        return n == null ? 1 : n.intValue();
    }

    @Override
    public void save(IssueTicket t) {
        redis.opsForHash().put(RedisKeys.issues(), Integer.toString(t.number()), Json.write(write(t)));
        if (t.entryId() != null) {
            redis.opsForHash().put(RedisKeys.issueByEntry(), t.entryId(), Integer.toString(t.number()));
        }
        for (IssueTicket.FollowUp f : t.followUps())
            redis.opsForHash().put(RedisKeys.issueByEntry(), f.entryId(), Integer.toString(t.number()));
    }

    @Override
    public Optional<IssueTicket> find(int number) {
        Object json = redis.opsForHash().get(RedisKeys.issues(), Integer.toString(number));
        return json == null ? Optional.empty() : Optional.of(read(Json.fields((String) json)));
    }

    @Override
    public Optional<IssueTicket> findByEntry(String entryId) {
        Object number = redis.opsForHash().get(RedisKeys.issueByEntry(), entryId);
        // a follow-up taken back stays in the index: its ticket no longer holds it
        return number == null
                ? Optional.empty()
                : find(Integer.parseInt((String) number)).filter(t -> t.holds(entryId));
    }

    @Override
    public List<IssueTicket> all() {
        List<IssueTicket> out = new ArrayList<>();
        for (Object json : redis.opsForHash().values(RedisKeys.issues())) out.add(read(Json.fields((String) json)));
        out.sort(Comparator.comparingInt(IssueTicket::number));
        return out;
    }

    @Override
    public void saveStep(IssueStep step) {
        Map<String, String> f = new LinkedHashMap<>();
        write(step.before()).forEach((name, value) -> f.put("before." + name, value));
        write(step.after()).forEach((name, value) -> f.put("after." + name, value));
        redis.opsForHash().put(RedisKeys.issueSteps(), step.messageRef(), Json.write(f));
    }

    @Override
    public Optional<IssueStep> step(String messageRef) {
        Object json = redis.opsForHash().get(RedisKeys.issueSteps(), messageRef);
        if (json == null) return Optional.empty();
        Map<String, String> f = Json.fields((String) json);
        return Optional.of(new IssueStep(messageRef, read(part(f, "before.")), read(part(f, "after."))));
    }

    private static Map<String, String> part(Map<String, String> f, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        f.forEach((name, value) -> {
            if (name.startsWith(prefix)) out.put(name.substring(prefix.length()), value);
        });
        return out;
    }

    private static Map<String, String> write(IssueTicket t) {
        Map<String, String> f = new LinkedHashMap<>(RecordFields.write(t.issue()));
        f.put("number", Integer.toString(t.number()));
        if (t.entryId() != null) f.put("entry", t.entryId());
        f.putAll(EntryFields.source(t.reported(), "reported."));
        step(f, "ack.", t.acknowledged());
        step(f, "done.", t.resolved());
        if (t.resolution() != null) f.put("resolution", t.resolution());
        f.put("withdrawn", Boolean.toString(t.withdrawn()));
        for (int i = 0; i < t.followUps().size(); i++) {
            IssueTicket.FollowUp u = t.followUps().get(i);
            String prefix = "follow." + i + ".";
            f.put(prefix + "entry", u.entryId());
            RecordFields.write(u.issue()).forEach((name, value) -> f.put(prefix + name, value));
            f.putAll(EntryFields.source(u.source(), prefix + "said."));
        }
        return f;
    }

    private static List<IssueTicket.FollowUp> followUps(Map<String, String> f) {
        List<IssueTicket.FollowUp> out = new ArrayList<>();
        for (int i = 0; f.containsKey("follow." + i + ".entry"); i++) {
            String prefix = "follow." + i + ".";
            Map<String, String> issue = new LinkedHashMap<>();
            f.forEach((name, value) -> {
                if (name.startsWith(prefix) && !name.startsWith(prefix + "said."))
                    issue.put(name.substring(prefix.length()), value);
            });
            out.add(new IssueTicket.FollowUp(
                    f.get(prefix + "entry"),
                    (Issue) RecordFields.read(issue),
                    EntryFields.source(f, prefix + "said.")));
        }
        return out;
    }

    private static IssueTicket read(Map<String, String> f) {
        return new IssueTicket(
                Integer.parseInt(f.get("number")),
                (Issue) RecordFields.read(f),
                f.get("entry"),
                EntryFields.source(f, "reported."),
                step(f, "ack."),
                step(f, "done."),
                f.get("resolution"),
                Boolean.parseBoolean(f.get("withdrawn")),
                followUps(f));
    }

    private static void step(Map<String, String> f, String prefix, IssueTicket.Step s) {
        if (s == null) return;
        f.put(prefix + "user", s.userId());
        if (s.name() != null) f.put(prefix + "name", s.name());
        f.put(prefix + "at", s.at().toString());
        if (s.note() != null) f.put(prefix + "note", s.note());
    }

    private static IssueTicket.Step step(Map<String, String> f, String prefix) {
        String at = f.get(prefix + "at");
        return at == null
                ? null
                : new IssueTicket.Step(
                        f.get(prefix + "user"), f.get(prefix + "name"), Instant.parse(at), f.get(prefix + "note"));
    }
}
