package org.receptionbot.parse;

import java.util.List;

/**
 * What opens a message before its pickup verb ({@link PickedUp}): at most the bus (with 把), the delegation (with 队, 的)
 * and the figure of those met, adverbs of the pickup done (已经, 全部) and particles of a report ("10号车把北京的41个接上了",
 * "云南55个全部接到", "江苏接到35人", "4号车已经接到…"); nothing else may stand before them but pauses.
 *
 * @param start where the message's pickup phrase starts
 * @param vehicle the bus named, or null
 * @param team the delegation named before the verb, or null
 * @param figure the figure of those met said before the verb, or null
 * @param done whether an adverb says the pickup is done (已经, 刚, 全部)
 */
record PickupHead(int start, Mention.Vehicle vehicle, Mention.Team team, Mention.Count figure, boolean done) {
    /** Words between the delegation and the figure or the verb (四川队48个, 北京的41个). */
    private static final String[] TEAM_TAIL = {"队", "的", "这边"};
    /** A trip of the bus said after it (第二趟, 这一趟, 第2趟), ending where the text is cut. */
    private static final java.util.regex.Pattern TRIP =
            java.util.regex.Pattern.compile("(?:第[一二三四五六七八九十0-9]{1,2}|这一?|又一)趟$");

    /** What stands before the verb at {@code verb}, or null when anything else than these and pauses does. */
    static PickupHead before(String text, List<Mention> mentions, int verb) {
        int i = verb;
        boolean done = false;
        Mention.Vehicle vehicle = null;
        Mention.Team team = null;
        Mention.Count figure = null;
        for (boolean moved = true; moved; ) {
            moved = true;
            String w = ArrivalScan.before(text, i, PickupWords.DONE);
            if (w == null) w = ArrivalScan.before(text, i, PickupWords.LEAD);
            Mention m;
            if (w != null) {
                done |= ArrivalScan.has(w, PickupWords.DONE);
                i -= w.length();
            } else if (i > 0 && text.charAt(i - 1) == ' ') i--;
            else if (vehicle == null && team == null && figure == null && trip(text, i) > 0) i -= trip(text, i);
            else if (figure == null
                    && team == null
                    && vehicle == null
                    && (m = ArrivalScan.endingAt(mentions, i, Mention.Count.class)) != null
                    && ((Mention.Count) m).unit()) {
                figure = (Mention.Count) m;
                i = m.start();
            } else if (team == null && vehicle == null && (m = team(text, mentions, i)) != null) {
                team = (Mention.Team) m;
                i = m.start();
            } else if (vehicle == null && (team != null || figure != null) && i > 0 && text.charAt(i - 1) == '把') i--;
            else if (vehicle == null && (m = ArrivalScan.endingAt(mentions, i, Mention.Vehicle.class)) != null) {
                vehicle = (Mention.Vehicle) m;
                i = m.start();
            } else moved = false;
        }
        for (int k = 0; k < i; k++) if (PickupWords.PAUSE.indexOf(text.charAt(k)) < 0) return null;
        return new PickupHead(i, vehicle, team, figure, done);
    }

    /** The length of the bus's trip said right before {@code end} (8号车第二趟 接到…, 这趟), else 0. */
    private static int trip(String text, int end) {
        java.util.regex.Matcher m = TRIP.matcher(text.substring(0, end));
        return m.find() ? m.end() - m.start() : 0;
    }

    /** The delegation named right before {@code end}, with 队, 的 or 这边 after it. */
    private static Mention team(String text, List<Mention> mentions, int end) {
        String tail = ArrivalScan.before(text, end, TEAM_TAIL);
        Mention named = ArrivalScan.endingAt(mentions, end, Mention.Team.class);
        if (named == null && tail != null)
            named = ArrivalScan.endingAt(mentions, end - tail.length(), Mention.Team.class);
        return named;
    }
}
