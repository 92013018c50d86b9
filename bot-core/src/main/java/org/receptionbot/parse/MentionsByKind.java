package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clause's mentions sorted out by kind, each kind on its first use and kept: the rules ask a clause
 * for the same kinds many times. The lists are read-only.
 */
final class MentionsByKind {
    private static final List<Class<? extends Mention>> KINDS = List.of(
            Mention.Team.class,
            Mention.Day.class,
            Mention.Part.class,
            Mention.Meals.class,
            Mention.Clock.class,
            Mention.Count.class,
            Mention.Vague.class,
            Mention.Transport.class,
            Mention.Route.class,
            Mention.Vehicle.class);

    private final List<Mention> mentions;
    private final List<?>[] all = new List<?>[KINDS.size()];
    private final List<?>[] current = new List<?>[KINDS.size()];

    MentionsByKind(List<Mention> mentions) {
        this.mentions = mentions;
    }

    /** The mentions of a kind, in order. */
    @SuppressWarnings("unchecked")
    <T extends Mention> List<T> all(Class<T> kind) {
        if (mentions.isEmpty()) return List.of();
        int k = index(kind);
        if (all[k] == null) all[k] = filter(kind);
        return (List<T>) all[k];
    }

    /** The mentions of a kind from {@code c}'s change word on ({@link Clause#changeAt}), or all when none are. */
    @SuppressWarnings("unchecked")
    <T extends Mention> List<T> current(Class<T> kind, Clause c) {
        List<T> every = all(kind);
        if (every.isEmpty()) return every;
        int k = index(kind);
        if (current[k] == null) current[k] = from(every, c.changeAt());
        return (List<T>) current[k];
    }

    private static int index(Class<? extends Mention> kind) {
        for (int i = 0; i < KINDS.size(); i++) if (KINDS.get(i) == kind) return i;
        throw new IllegalArgumentException("not a kind of mention: " + kind);
    }

    private <T extends Mention> List<T> filter(Class<T> kind) {
        List<T> out = null;
        for (Mention m : mentions) {
            if (!kind.isInstance(m)) continue;
            if (out == null) out = new ArrayList<>(2);
            out.add(kind.cast(m));
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    private static <T extends Mention> List<T> from(List<T> every, int change) {
        if (change < 0) return every;
        List<T> after = new ArrayList<>(every.size());
        for (T m : every) if (m.start() >= change) after.add(m);
        return after.isEmpty() || after.size() == every.size() ? every : Collections.unmodifiableList(after);
    }
}
