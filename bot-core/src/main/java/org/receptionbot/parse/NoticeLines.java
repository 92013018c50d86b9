package org.receptionbot.parse;

import java.util.List;

/**
 * The lines of a message that report nothing themselves: a coordinator's notice to everyone, a header
 * before a list, a tally of delegations, a movement list's header. Their day and meal still carry to the
 * lines after them ("明天各队早餐统计\n北京 42").
 */
final class NoticeLines {
    /** How many characters after a notice word a colon still ends its header (今晚各队宵夜情况：). */
    private static final int HEADER_REACH = 6;

    private NoticeLines() {}

    /** Whether {@code c} is a notice, a header or a tally: only what it says of a delegation it names is a report. */
    static boolean skipped(Clause c, MessageFacts facts, Reading reading) {
        return c.has(Cue.HEADER)
                        && !c.has(Cue.PAST)
                        && c.all(Mention.Count.class).isEmpty()
                || c.has(Cue.NOTICE) && !(header(c) && !c.teams().isEmpty()) && !LiaisonAsked.inClause(c)
                || facts.notice() && (c.teams().isEmpty() || IssueRules.category(c, false) != null)
                || Reports.tally(c, reading)
                || thanks(c)
                || facts.moves().header(c);
    }

    private static final String[] THANKS = {"谢谢", "感谢", "多谢", "辛苦"};

    /**
     * "谢谢土家山寨帮我们打包早餐", "感谢餐厅给我们留的晚饭": thanks for a service done, with no figure of people,
     * report nothing; the meal named is the service.
     */
    static boolean thanks(Clause c) {
        String words = c.span().strip();
        boolean opens = false;
        for (String t : THANKS) opens |= words.startsWith(t);
        if (!opens
                || !c.all(Mention.Count.class).isEmpty()
                || !c.all(Mention.Vague.class).isEmpty()) return false;
        return words.indexOf('帮') > 0 || words.indexOf('给') > 0;
    }

    /** Whether a skipped {@code c} heads a list, whose lines then take the movement it names (返程信息接龙). */
    static boolean headsList(Clause c, MessageFacts facts) {
        return c.has(Cue.HEADER) || header(c) || facts.moves().header(c);
    }

    /**
     * "请湖南联络员下午3点到会务组": the first statement opens with 请 and addresses a liaison; a
     * coordinator's instruction tells them what to do and reports nothing.
     */
    static boolean toLiaison(List<Clause> clauses, Reading reading) {
        if (clauses.isEmpty()) return false;
        String words = clauses.get(0).words(reading.original());
        return words.startsWith(Lexicon.PLEASE) && words.contains(Lexicon.LIAISON);
    }

    /**
     * "通知：海南队明天三餐取消", "今晚各队宵夜情况：四川20": a notice word in a header before a colon
     * (a few words after it at most); what follows is the statement.
     */
    private static boolean header(Clause c) {
        int end = c.endOf(Cue.NOTICE);
        if (end < 0) return false;
        for (int i = end; i < Math.min(c.end, end + HEADER_REACH); i++) if (c.text.charAt(i) == ':') return true;
        return false;
    }
}
