package org.receptionbot.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Bindings;

/** Run-time bindings in memory, for tests. */
public final class InMemoryBindings implements Bindings {
    private final Map<String, Binding> bindings = new LinkedHashMap<>();

    @Override
    public synchronized void bind(Binding binding) {
        bindings.put(binding.platform() + ":" + binding.userId(), binding);
    }

    @Override
    public synchronized Optional<Binding> find(String platform, String userId) {
        return Optional.ofNullable(bindings.get(platform + ":" + userId));
    }

    @Override
    public synchronized List<Binding> all() {
        return bindings.values().stream()
                .sorted(Comparator.comparing(Binding::platform).thenComparing(Binding::userId))
                .toList();
    }
}
