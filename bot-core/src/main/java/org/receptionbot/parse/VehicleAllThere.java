package org.receptionbot.parse;

import java.util.List;

/**
 * "12号车山东全到 41人", "5号车湖南都到了 33个": a vehicle of the event, then a delegation all there and its figure, is
 * the head count of those aboard: 全到/都到 right after the vehicle (and the delegation riding it) becomes a word of
 * the head count.
 */
final class VehicleAllThere {
    private static final String[] ALL_THERE = {"全到", "都到", "到齐"};
    /** How far after the vehicle's mention 全到 may come (a delegation's name between). */
    private static final int REACH = 8;

    private VehicleAllThere() {}

    /** Adds a head count cue on each 全到 that follows a vehicle's mention with a figure of people after it. */
    static void mark(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Vehicle v)) continue;
            for (String w : ALL_THERE) {
                int at = text.indexOf(w, v.end());
                if (at < 0 || at - v.end() > REACH || !plain(text, v.end(), at, mentions)) continue;
                if (!figureAfter(text, at + w.length(), mentions)) continue;
                hits.add(new CueTable.Hit(Cue.HEADCOUNT, at, at + w.length()));
                hits.sort(java.util.Comparator.comparingInt(CueTable.Hit::start));
                return;
            }
        }
    }

    /** Nothing but spaces or a delegation's name between the vehicle and 全到. */
    private static boolean plain(String text, int from, int to, List<Mention> mentions) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ') continue;
            boolean named = false;
            for (Mention m : mentions) named |= m instanceof Mention.Team && m.start() <= i && i < m.end();
            if (!named) return false;
        }
        return true;
    }

    /** A figure with a unit of people after 全到 (了, spaces and a comma between). */
    private static boolean figureAfter(String text, int from, List<Mention> mentions) {
        int i = from;
        while (i < text.length() && " 了，,".indexOf(text.charAt(i)) >= 0) i++;
        for (Mention m : mentions) if (m instanceof Mention.Count n && n.start() == i && n.unit()) return true;
        return false;
    }
}
