package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The further teams of a pickup that lists several, each with its figure, after the first one met ("1号车接到天津4位
 * 江苏9位", "8号车第二趟 接到西藏3位 新疆5位 往山庄走", "接到天津4位、江苏9位"): each is its own team met. A list of
 * teams met with their figures is a report of people met, so the pickup is done. Only a team followed by a figure of
 * people counts ("江苏9位", "江苏的9个人"); anything else after the first (a count of the bus, a time) ends the list.
 */
final class PickupTeams {
    /** A further team met: who, how many, and where its phrase ends. */
    record Met(String team, int count, int end) {}

    /** What may stand between two teams of the list. */
    private static final String[] BETWEEN = {" ", "、", "，", ",", "以及", "和", "及", "跟"};

    private PickupTeams() {}

    /** The teams listed with their figures from {@code from} (the end of the first team met) on; none when none. */
    static List<Met> after(String text, List<Mention> mentions, int from) {
        List<Met> met = new ArrayList<>();
        int at = from;
        while (true) {
            int j = ArrivalScan.skip(text, at, BETWEEN);
            if (j == at) return met;
            Mention.Team team = ArrivalScan.startingAt(mentions, j, Mention.Team.class);
            if (team == null) return met;
            j = ArrivalScan.skip(text, team.end(), PickupWords.PEOPLE);
            Mention.Count figure = ArrivalScan.startingAt(mentions, j, Mention.Count.class);
            if (figure == null || !figure.unit()) return met;
            int end = figure.end();
            for (String w = ArrivalScan.at(text, end, PickupWords.PEOPLE);
                    w != null;
                    w = ArrivalScan.at(text, end, PickupWords.PEOPLE)) end += w.length();
            if (end < text.length() && PickupWords.PAUSE.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '、')
                return met;
            met.add(new Met(team.id(), figure.value(), end));
            at = end;
        }
    }
}
