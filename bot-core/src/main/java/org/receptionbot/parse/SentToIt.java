package org.receptionbot.parse;

/**
 * "5号楼：618已经派人去了 应该是热水阀被关了", "302已经派人上去了 估计是马桶堵了": a service says it has sent someone
 * to a matter already known and guesses its cause. The cause guessed is no new problem; a problem stated as
 * such beside the dispatch stays one ("北京团有几间房热水器不出热水，工程部已经派人上去了").
 */
final class SentToIt {
    /** Someone sent, said as done. */
    private static final String[] SENT = {"已经派人", "已派人", "派人去了", "派人过去了", "派人上去了", "已经派了", "师傅已经上去", "师傅上去了", "师傅过去了"};
    /** A cause guessed. */
    private static final String[] GUESSED = {"应该是", "估计是", "可能是", "好像是", "怀疑是", "大概是"};

    private SentToIt() {}

    /** Whether the clause guesses the cause of a matter the message says someone was sent to. */
    static boolean guessedCause(Clause c, String message) {
        if (!IssueMatters.has(c, GUESSED)) return false;
        for (String w : SENT) if (message.contains(w)) return true;
        return false;
    }
}
