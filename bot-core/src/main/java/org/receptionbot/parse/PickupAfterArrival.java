package org.receptionbot.parse;

import java.util.List;

/**
 * An arrival of people, then past a space the pickup said or asked ({@link SpaceBreaks}): "住建部第二批5位 CA1373
 * 晚6点25落地 还是9号10号车接", "14人 CA1373 下午4:10落地 请9号10号车去接", "兵团今晚11点到 一共25人 到时候麻烦安排个车",
 * "海南厅4个人HU7583 13:50到吴圩 到了是直接去8号楼吗", "广东第一批4个落地了 上几号车？". The arrival is complete before the
 * space; the pickup (a bus named or asked, 接, 派车, 安排车) or the question where to go on arriving is a phrase of its own.
 * A phrase that names people, a delegation, a clock time or a meal is more of the report ("10号车接站 全团42人" is not
 * split here: it carries no phrase of its own before its figure) and is left to the other rules. The words are in
 * {@link PickupWords}.
 */
final class PickupAfterArrival {
    private PickupAfterArrival() {}

    /** Whether the space at {@code at} ends an arrival of people and a pickup phrase opens after it. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!StatementSpans.holds(from, at, hits, Cue.ARRIVE)) return false;
        if (!people(text.lastIndexOf('\n', at) + 1, at, mentions)) return false;
        int end = phraseEnd(text, at + 1);
        if (end <= at + 1) return false;
        String phrase = text.substring(at + 1, end);
        boolean asked = ArrivalScan.has(phrase, PickupWords.QUESTION_ON_ARRIVING);
        // 我安排13号车去接: the staff arranging it; the message is theirs, no report of arriving.
        if (phrase.startsWith("我") || ArrivalScan.has(afterOpening(phrase), PickupWords.NOT_ASKED)) return false;
        if (bearsReport(at + 1, end, mentions, asked) || figureLater(text, end, mentions)) return false;
        if (StatementSpans.holds(at + 1, end, hits, Cue.ARRIVE) && !arriving(phrase)) return false;
        if (ArrivalScan.has(phrase, PickupWords.PICKUP_ASKED) || vehicleIn(at + 1, end, mentions)) return true;
        return arriving(phrase) && asked;
    }

    private static String afterOpening(String phrase) {
        for (String w : PickupWords.ON_ARRIVING) if (phrase.startsWith(w)) return phrase.substring(w.length());
        return phrase;
    }

    private static boolean arriving(String phrase) {
        for (String w : PickupWords.ON_ARRIVING) if (phrase.startsWith(w)) return true;
        return false;
    }

    /** A delegation or a figure of people on the line before the space (its statement may start after them). */
    private static boolean people(int from, int at, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.start() >= from
                    && m.end() <= at
                    && (m instanceof Mention.Team || m instanceof Mention.Count n && n.unit())) return true;
        return false;
    }

    /** Where the phrase after the space ends: the next separator, or the end of the text. */
    private static int phraseEnd(String text, int start) {
        int i = start;
        while (i < text.length() && "，,。;；!！\n ".indexOf(text.charAt(i)) < 0) i++;
        if (i < text.length() && "?？".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    /**
     * People counted, a delegation, a clock time, a day or a meal in the phrase: more of the report, not a pickup alone. A
     * place named for a meal in a question (到了是直接去宴会厅吗) is where they go.
     */
    private static boolean bearsReport(int from, int to, List<Mention> mentions, boolean asked) {
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Team
                    || m instanceof Mention.Count n && n.unit()
                    || m instanceof Mention.Clock
                    || m instanceof Mention.Day
                    || m instanceof Mention.Meals && !asked) return true;
        }
        return false;
    }

    /**
     * A figure of people later on the line with no meal before it (下午5点到 3号车接站 一共6人): the arrival's own figure,
     * said after the pickup; the statement goes on.
     */
    private static boolean figureLater(String text, int end, List<Mention> mentions) {
        int line = text.indexOf('\n', end);
        if (line < 0) line = text.length();
        for (Mention m : mentions) {
            if (m.start() < end || m.end() > line) continue;
            if (m instanceof Mention.Meals) return false;
            if (m instanceof Mention.Count n && n.unit()) return true;
        }
        return false;
    }

    private static boolean vehicleIn(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to && m instanceof Mention.Vehicle) return true;
        return false;
    }
}
