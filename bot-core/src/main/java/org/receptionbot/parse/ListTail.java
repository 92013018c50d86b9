package org.receptionbot.parse;

import java.util.List;

/**
 * "湖北30人、湖南35人中午吃饭", "宁波3人 青岛3人都到了": delegations' figures listed one by one, what they do said once
 * after the last figure. Each item before it that is only a delegation and its figure takes what the last item's
 * statement records for its own delegation and figure, with its own delegation and figure.
 */
final class ListTail {
    /** The items read so far since the last clause that was none. */
    private final List<Clause> items = new java.util.ArrayList<>();

    /**
     * Takes clause {@code c}, read into the drafts from {@code before} on: an item waits; a clause that made drafts
     * after items gives them its records ({@link #spread}), and the items are no longer quiet.
     */
    void read(Clause c, int before, Drafts drafts, List<Clause> quiet) {
        if (drafts.size() == before && item(c)) {
            items.add(c);
            return;
        }
        if (drafts.size() > before && !items.isEmpty() && spread(items, c, drafts.since(before), drafts))
            quiet.removeAll(items);
        items.clear();
    }

    /** An item of such a list: one delegation, then one figure of people, and nothing else. */
    private static boolean item(Clause c) {
        List<Mention.Team> teams = c.all(Mention.Team.class);
        List<Mention.Count> counts = c.all(Mention.Count.class);
        return c.mentions.size() == 2
                && teams.size() == 1
                && counts.size() == 1
                && teams.get(0).end() <= counts.get(0).start()
                && c.bare();
    }

    /**
     * Copies, for each item, the drafts {@code tail} made that belong to the tail's own delegation and figure, said
     * first in it, or to the last item's when the tail names neither. Returns whether the items took them.
     */
    private static boolean spread(List<Clause> items, Clause tail, List<Draft> made, Drafts drafts) {
        List<Mention.Team> teams = tail.all(Mention.Team.class);
        List<Mention.Count> counts = tail.all(Mention.Count.class);
        // 湖北30人，湖南35人，广西28人 中午都在餐厅吃: what they do said on its own after the last item.
        Clause last = teams.isEmpty() && counts.isEmpty() ? items.get(items.size() - 1) : tail;
        List<Clause> others = last == tail ? items : items.subList(0, items.size() - 1);
        teams = last.all(Mention.Team.class);
        counts = last.all(Mention.Count.class);
        if (others.isEmpty()
                || teams.size() != 1
                || counts.isEmpty()
                || counts.get(0).start() < teams.get(0).end()) return false;
        String team = teams.get(0).id();
        int figure = counts.get(0).value();
        List<Draft> own = made.stream()
                .filter(d -> team.equals(d.team) && d.count != null && d.count == figure && d.missing == null)
                .toList();
        if (own.isEmpty() || own.size() != made.size()) return false;
        for (Clause item : others) {
            String itemTeam = item.all(Mention.Team.class).get(0).id();
            if (itemTeam.equals(team)) return false;
            for (Draft d : own)
                drafts.copyFor(d, itemTeam, item.all(Mention.Count.class).get(0).value());
        }
        return true;
    }
}
