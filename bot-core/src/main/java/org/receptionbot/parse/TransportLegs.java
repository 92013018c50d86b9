package org.receptionbot.parse;

import java.util.List;

/**
 * "飞机CA1836上午11点 20人 高铁G572下午2点 22人", "15人坐G1234上午9点 20人坐G5678下午3点": a delegation
 * split over several trains or flights, each with its own hour or figure, said one after another with only
 * spaces between them. Each train or flight opens a statement of its own.
 */
final class TransportLegs {
    /** How many characters may stand between the space and the next train or flight (一批坐高铁). */
    private static final int LEAD = 5;

    private TransportLegs() {}

    /** Whether the space at {@code at} ends a leg with its train or flight and opens the next one. */
    static boolean nextLeg(String text, int from, int at, List<Mention> mentions) {
        boolean leg = false;
        boolean transport = false;
        int next = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= from && m.end() <= at) {
                if (m instanceof Mention.Transport) transport = true;
                else if (transport && (m instanceof Mention.Clock || m instanceof Mention.Count)) leg = true;
            } else if (m.start() > at) {
                next = i;
                break;
            }
        }
        return leg && next >= 0 && opensLeg(text, at, mentions, next);
    }

    /** 高铁G572下午2点, 20人坐G5678: a train or flight near the start, with an hour or a figure of its own. */
    private static boolean opensLeg(String text, int at, List<Mention> mentions, int i) {
        Mention first = mentions.get(i);
        int t = i;
        if (first instanceof Mention.Count && first.start() == at + 1 && i + 1 < mentions.size()) t = i + 1;
        Mention transport = mentions.get(t);
        int lead = t > i ? first.end() : at + 1;
        if (!(transport instanceof Mention.Transport) || transport.start() - lead > LEAD) return false;
        for (int k = lead; k < transport.start(); k++) if (!Normalizer.isHan(text.charAt(k))) return false;
        if (t > i) return true;
        if (t + 1 >= mentions.size()) return false;
        Mention after = mentions.get(t + 1);
        return after.start() - transport.end() <= 1
                && (after instanceof Mention.Clock || after instanceof Mention.Part || after instanceof Mention.Count);
    }
}
