package org.receptionbot.parse;

/**
 * "重庆百色5个人改成4个 | 有一个老师身体不太舒服", "北海线我们报3个 原来是4个 | 有一位身体不太舒服": discomfort said with a
 * degree word ({@link IssueWords#UNWELL_BY_DEGREE}), as a remark of its own after the figure it explains, with nothing
 * asked and nothing else said, is why the figure is what it is: no matter to act on. Said as the reason of a drop-out
 * or a meal not eaten ("有个同志身体不太舒服 半路下车返回南宁了", "一位处长身体不太舒服，早饭就不吃了"), or with a request, it is
 * one, as 不舒服 is.
 */
final class MildDiscomfort {
    private static final String[] MILD = IssueWords.UNWELL_BY_DEGREE.split(" ");

    private MildDiscomfort() {}

    /**
     * Whether {@code c} is only a mild discomfort remark after a figure: {@code reasons} (the message reports figures of
     * meals or visits), a figure said before the clause in {@code message}, and no cue but the discomfort's.
     */
    static boolean remark(Clause c, boolean reasons, String message) {
        if (!reasons || c.question) return false;
        String mild = null;
        for (String w : MILD) if (IssueMatters.has(c, w)) mild = w;
        if (mild == null || c.hasOtherThan(Cue.HEALTH, mild) || c.hasOtherThan(Cue.ILL, mild)) return false;
        for (Cue q : Cue.values()) if (q != Cue.HEALTH && q != Cue.ILL && c.has(q)) return false;
        for (int i = 0; i < Math.min(c.start, message.length()); i++) {
            char ch = message.charAt(i);
            if (Character.isDigit(ch) || FigureMentions.isCn(ch)) return true;
        }
        return false;
    }
}
