package org.receptionbot.parse;

import java.util.List;

/**
 * "内蒙明天分三批走 早上七点一批十五人 十点一批二十个 下午剩下的": after a movement in batches, each batch said by its time
 * and its people ("七点一批十五人", "十点一拨二十个") is a movement of its own, one record a batch; a batch's time with
 * its people is never a meal's figure (早上8点一批20人 is no breakfast).
 */
final class BatchLines {
    /** The words of one batch, said between its time and its people. */
    private static final String[] BATCH = {"一批", "一拨", "一波", "一趟"};
    /** The rest of the delegation, leaving last. */
    private static final String[] REST = {"剩下", "剩余", "其余", "其他人", "其他的", "余下", "最后"};
    /** How far after its time a batch's word may stand (七点半一批, 十点钟一批). */
    private static final int REACH = 3;

    private BatchLines() {}

    /** Whether the space at {@code at} ends one batch's words and another batch's time follows. */
    static boolean opens(String text, int from, int at, List<Mention> mentions) {
        return batchWithin(text, from, at, mentions)
                && (batchAhead(text, at + 1, mentions) || restAhead(text, at + 1, mentions));
    }

    /** The rest of the delegation ahead (下午剩下的, 剩下的下午走), its part of the day first or not. */
    private static boolean restAhead(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Part p && p.start() == at) at = p.end();
        for (String w : REST) if (text.startsWith(w, at)) return true;
        return false;
    }

    /**
     * Reads {@code c} as the next batch of the last movement: the first batch completes a movement said in batches
     * with neither time nor people; a later one is a movement of its own. False when {@code c} is no batch's line.
     */
    static boolean take(Clause c, ClauseState state, Drafts drafts, MovementRules movements) {
        Draft last = drafts.last();
        if (last == null || !last.isMovement() || c.movement() != null || c.question) return false;
        if (!c.all(Mention.Meals.class).isEmpty() || !batchWithin(c.text, c.start, c.end, c.mentions)) return false;
        if (!c.teams().isEmpty() && !c.teams().contains(last.team)) return false;
        if (last.time == null && last.count == null) movements.attach(c, state, drafts);
        else movements.movement(c, last.kind, state.withDate(last.date), drafts);
        return true;
    }

    /** A clock time, a batch's word within reach after it, then people with their unit, all within the stretch. */
    private static boolean batchWithin(String text, int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Clock k) || k.start() < from || k.end() > to) continue;
            int word = batchWordAfter(text, k.end(), to);
            if (word >= 0 && peopleAt(text, word, to, mentions)) return true;
        }
        return false;
    }

    /** Another batch ahead: (a part of the day and) a clock time right at {@code at}, its batch's word after it. */
    private static boolean batchAhead(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() < at) continue;
            if (m instanceof Mention.Part p && p.start() == at) {
                at = p.end();
                continue;
            }
            return m instanceof Mention.Clock k && k.start() == at && batchWordAfter(text, k.end(), text.length()) >= 0;
        }
        return false;
    }

    /** Where the batch's word after a time ends, or -1. */
    private static int batchWordAfter(String text, int from, int to) {
        for (int i = from; i <= Math.min(from + REACH, to); i++)
            for (String w : BATCH) if (text.startsWith(w, i) && i + w.length() <= to) return i + w.length();
        return -1;
    }

    /** People with their unit right after {@code at} (十五人, 二十个). */
    private static boolean peopleAt(String text, int at, int to, List<Mention> mentions) {
        while (at < to && text.charAt(at) == ' ') at++;
        for (Mention m : mentions) if (m instanceof Mention.Count n && n.start() == at && n.unit()) return true;
        return false;
    }
}
