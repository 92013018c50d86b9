package org.receptionbot.parse;

import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * "另外10个人25号下午3点走", "又有5个明天走": a message whose movement is said as a further group
 * ({@link Lexicon#FURTHER}) is marked so, so that it is recorded beside an earlier report instead of
 * completing it. 再 or 又 before a move of the plan ("明天再提前半小时出发", "又推迟到10点") moves the same people again
 * and marks nothing; so does one denied ("不是另外又走15个": the same people said again), and 再 after something
 * done first ("中午吃完饭再出发": then).
 */
final class FurtherGroup {
    private FurtherGroup() {}

    static ParseOutcome mark(ParseOutcome outcome, String text) {
        if (!(outcome instanceof ParseOutcome.Understood u) || u.further() || !says(text)) return outcome;
        for (Record r : u.records()) if (r instanceof Movement) return new ParseOutcome.Understood(u.records(), true);
        return outcome;
    }

    /** A move of the plan. */
    private static final String[] MOVES = {"提前", "提早", "推迟", "推后", "延后", "延迟", "改", "调整", "往后", "往前"};

    private static boolean says(String text) {
        for (String w : Lexicon.FURTHER)
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1))
                if (!moved(text, at + w.length()) && !denied(text, at) && !(w.equals("再") && afterDoing(text, at)))
                    return true;
        return false;
    }

    /** "不是另外又走15个", "没有再走人": a further group denied (the same people said again) marks nothing. */
    private static final String[] DENIALS = {"不是", "并非", "没有", "不是说", "不是另外", "没有另外"};

    private static boolean denied(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        for (String d : DENIALS) if (before.endsWith(d)) return true;
        return false;
    }

    /** "中午吃完饭再出发", "吃了再走", "退完房再走": 再 after something done first is "then", the same people leaving. */
    private static boolean afterDoing(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return !before.isEmpty() && "完了饭后房".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static boolean moved(String text, int at) {
        for (String m : MOVES) if (text.startsWith(m, at)) return true;
        return false;
    }
}
