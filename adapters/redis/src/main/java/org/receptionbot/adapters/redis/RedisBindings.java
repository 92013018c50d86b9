package org.receptionbot.adapters.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Bindings;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Liaisons bound with {@code /bind}, one hash field per platform user. */
final class RedisBindings implements Bindings {
    private final StringRedisTemplate redis;

    RedisBindings(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void bind(Binding b) {
        redis.opsForHash().put(RedisKeys.bindings(), b.platform() + ":" + b.userId(), Json.write(write(b)));
    }

    @Override
    public Optional<Binding> find(String platform, String userId) {
        Object json = redis.opsForHash().get(RedisKeys.bindings(), platform + ":" + userId);
        return json == null ? Optional.empty() : Optional.of(read(Json.fields((String) json)));
    }

    @Override
    public List<Binding> all() {
        List<Binding> out = new ArrayList<>();
        for (Object json : redis.opsForHash().values(RedisKeys.bindings())) out.add(read(Json.fields((String) json)));
        out.sort(java.util.Comparator.comparing(Binding::platform).thenComparing(Binding::userId));
        return out;
    }

    static Map<String, String> write(Binding b) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("platform", b.platform());
        f.put("user", b.userId());
        if (b.name() != null) f.put("name", b.name());
        f.put("delegation", b.delegation());
        if (b.confirmedBy() != null) f.put("confirmedBy", b.confirmedBy());
        if (b.at() != null) f.put("at", b.at().toString());
        return f;
    }

    static Binding read(Map<String, String> f) {
        String at = f.get("at");
        return new Binding(
                f.get("platform"),
                f.get("user"),
                f.get("name"),
                f.get("delegation"),
                f.get("confirmedBy"),
                at == null ? null : Instant.parse(at));
    }
}
