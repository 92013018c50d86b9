package org.receptionbot.parse;

import java.util.List;

/**
 * "重庆中午按计划 晚上少4个 他们去看比赛": after a meal changed by a figure of people (少4个, 加2个, 4个不吃), words that point
 * back at those people (他们, 这几个) and name nothing say why: nothing is left unread ({@link UnreadMeals}).
 */
final class ChangeReasonAside {
    private ChangeReasonAside() {}

    /** Words that point back at the people just counted. */
    private static final String[] POINTED = {"他们", "她们", "这几个", "那几个", "这几位", "那几位", "这些人", "那些人", "他俩", "她俩"};

    /** Cues of a change by people. */
    private static final Cue[] CHANGES = {Cue.FEWER, Cue.ADD, Cue.CANCEL};

    /** Whether {@code c}, one of {@code clauses}, only says why the people of the change right before it change it. */
    static boolean after(Clause c, List<Clause> clauses) {
        if (c.question || !c.mentions.isEmpty() || c.cues.hasAnyBut(Cue.TALK)) return false;
        String words = c.span().strip();
        boolean pointed = false;
        for (String w : POINTED) pointed |= words.startsWith(w);
        if (!pointed || words.indexOf('不') >= 0 || words.indexOf('没') >= 0) return false;
        int i = clauses.indexOf(c);
        if (i < 1) return false;
        Clause change = clauses.get(i - 1);
        if (change.all(Mention.Count.class).isEmpty()) return false;
        for (Cue cue : CHANGES) if (change.has(cue)) return true;
        return false;
    }
}
