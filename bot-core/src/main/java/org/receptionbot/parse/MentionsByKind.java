package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clause's mentions sorted out by kind, each kind on its first use and kept: the rules ask a clause
 * for the same kinds many times. The lists are read-only.
 */
final class MentionsByKind {
    private static final Class<?>[] KINDS = {
        Mention.Team.class,
        Mention.Day.class,
        Mention.Part.class,
        Mention.Meals.class,
        Mention.Clock.class,
        Mention.Count.class,
        Mention.Vague.class,
        Mention.Transport.class,
        Mention.Route.class,
        Mention.Vehicle.class
    };

    private final List<Mention> mentions;
    /** By the index of the kind; null until the first question. */
    private List<?>[] all;

    private List<?>[] current;

    private List<String> teams;

    MentionsByKind(List<Mention> mentions) {
        this.mentions = mentions;
    }

    /** The mentions of {@code all}, sorted by where they start, that lie within [{@code start}, {@code end}]. */
    static List<Mention> within(List<Mention> all, int start, int end) {
        List<Mention> inside = new ArrayList<>();
        // None after the end of the stretch can be inside it.
        for (int i = 0, n = all.size(); i < n; i++) {
            Mention m = all.get(i);
            if (m.start() > end) break;
            if (m.start() >= start && m.end() <= end) inside.add(m);
        }
        return inside;
    }

    /** The ids of the teams mentioned, each once, in order. */
    List<String> teams() {
        if (teams != null) return teams;
        List<String> ids = new ArrayList<>(2);
        for (Mention.Team t : all(Mention.Team.class)) if (!ids.contains(t.id())) ids.add(t.id());
        teams = ids;
        return ids;
    }

    /** The mentions of a kind, in order. */
    @SuppressWarnings("unchecked")
    <T extends Mention> List<T> all(Class<T> kind) {
        if (mentions.isEmpty()) return List.of();
        if (all == null) all = sort(mentions);
        return (List<T>) all[index(kind)];
    }

    /** The mentions of a kind from {@code c}'s change word on ({@link Clause#changeAt}), or all when none are. */
    @SuppressWarnings("unchecked")
    <T extends Mention> List<T> current(Class<T> kind, Clause c) {
        List<T> every = all(kind);
        if (every.isEmpty()) return every;
        int k = index(kind);
        if (current == null) current = new List<?>[KINDS.length];
        if (current[k] == null) current[k] = from(every, c.changeAt());
        return (List<T>) current[k];
    }

    /**
     * The kind's place in {@link #KINDS}, as a chain of comparisons with constants: once inlined at a call
     * site that names its kind ({@code c.all(Mention.Count.class)}) it folds to a constant.
     */
    private static int index(Class<?> kind) {
        if (kind == Mention.Team.class) return 0;
        if (kind == Mention.Day.class) return 1;
        if (kind == Mention.Part.class) return 2;
        if (kind == Mention.Meals.class) return 3;
        if (kind == Mention.Clock.class) return 4;
        if (kind == Mention.Count.class) return 5;
        if (kind == Mention.Vague.class) return 6;
        if (kind == Mention.Transport.class) return 7;
        if (kind == Mention.Route.class) return 8;
        if (kind == Mention.Vehicle.class) return 9;
        throw new IllegalArgumentException("not a kind of mention: " + kind);
    }

    /** Every kind's mentions in one pass (a record's class is its kind). */
    @SuppressWarnings("unchecked")
    private static List<?>[] sort(List<Mention> mentions) {
        List<?>[] out = new List<?>[KINDS.length];
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention m = mentions.get(i);
            int k = index(m.getClass());
            if (out[k] == null) out[k] = new ArrayList<Mention>(2);
            ((List<Mention>) out[k]).add(m);
        }
        for (int k = 0; k < out.length; k++) out[k] = out[k] == null ? List.of() : Collections.unmodifiableList(out[k]);
        return out;
    }

    private static <T extends Mention> List<T> from(List<T> every, int change) {
        if (change < 0) return every;
        List<T> after = new ArrayList<>(every.size());
        for (T m : every) if (m.start() >= change) after.add(m);
        return after.isEmpty() || after.size() == every.size() ? every : Collections.unmodifiableList(after);
    }
}
