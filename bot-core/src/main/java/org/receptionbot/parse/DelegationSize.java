package org.receptionbot.parse;

import java.util.List;

/**
 * The size of a delegation as the event file gives it, against a figure a meal clause says: a figure that is
 * the whole delegation's size, said apart after a cancellation, or one short of it, is no diners' figure.
 */
final class DelegationSize {
    private final Reading reading;

    DelegationSize(Reading reading) {
        this.reading = reading;
    }

    /** Whether {@code n} is the size of the delegation, said after the verb at {@code verbAt}. */
    boolean saidAfter(Clause c, int verbAt, Integer n, ClauseState state) {
        if (n == null || verbAt < 0 || !n.equals(of(c, state))) return false;
        for (Mention.Count m : c.current(Mention.Count.class)) {
            if (m.value() != n || m.start() <= verbAt) continue;
            // 晚饭取消8人, 晚宴赶不上了 6人不吃: the figure of the cancellation itself, not the size said apart.
            String between = c.text.substring(verbAt, m.start());
            int e = m.end();
            while (e < c.end && "人个位名份".indexOf(c.text.charAt(e)) >= 0) e++;
            boolean cancelsAfter = e < c.end && (c.text.charAt(e) == '不' || c.text.startsWith("取消", e));
            // 中午都在党校吃 山庄午餐取消5人: a figure right after the word of cancelling is the cancellation's own.
            boolean cancelsBefore =
                    c.text.substring(verbAt, m.start()).stripTrailing().endsWith("取消");
            if (!cancelsAfter
                    && !cancelsBefore
                    && (between.contains(" ") || between.contains("，") || between.contains(","))) return true;
        }
        return false;
    }

    /** Whether {@code n} is below the size of the delegation the clause (or else the message, or the sender) names. */
    boolean shortOf(Clause c, int n, ClauseState state) {
        Integer size = of(c, state);
        return size != null && n < size;
    }

    /** The size of the one delegation the clause (or else the message, or the sender) names; null when not one. */
    Integer of(Clause c, ClauseState state) {
        List<String> teams = c.teams().isEmpty() ? state.teams() : c.teams();
        if (teams.isEmpty() && reading.sender() != null) teams = List.of(reading.sender());
        if (teams.size() != 1) return null;
        return reading.lexicon()
                .event
                .delegation(teams.get(0))
                .map(d -> d.size())
                .orElse(null);
    }
}
