package org.receptionbot.parse;

import java.util.List;

/**
 * "贵州12点就退房去车站 那个发烧的和一个老师留下 明天走", "湖南下午3点走 两个老师留下 明天再走": after a movement, past a
 * space, the people who stay behind (a figure of people with who they are, or people joined part by part) open a
 * statement of their own, so their figure is theirs, not the leavers', and the leaving before keeps its own figure.
 */
final class StayersOpen {
    /** Words of staying behind, right after the people. */
    private static final String[] STAY = {"留下", "留着", "不走", "先不走", "晚点走", "不跟"};
    /** Words of a group that make the words no few people (都, 其他, 剩下 …: PartTurns and the rest's rules read them). */
    private static final String[] GROUP = {"都", "们", "全团", "全体", "全部", "大家", "其他", "其余", "剩下", "所有", "剩"};
    /** How far after the space the staying word may be said. */
    private static final int REACH = 14;

    private StayersOpen() {}

    /** Whether the words at {@code at} name people, then their staying behind, before any pause. */
    static boolean opens(String text, int at, List<Mention> mentions) {
        int end = Math.min(text.length(), at + REACH);
        int stay = -1;
        for (int i = at; i < end && stay < 0; i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || "，,。；;！!？?".indexOf(ch) >= 0) return false;
            for (String w : STAY) if (text.startsWith(w, i)) stay = i;
        }
        if (stay <= at) return false;
        String who = text.substring(at, stay);
        for (String g : GROUP) if (who.contains(g)) return false;
        if (JoinedPeople.JOINED.matcher(who).find()) return true;
        for (Mention m : mentions)
            if (m instanceof Mention.Count n && n.unit() && n.start() >= at && n.end() <= stay) return true;
        return false;
    }
}
