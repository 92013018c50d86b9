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
    static boolean remark(Clause said, boolean reasons, String message) {
        if (!reasons || said.question) return false;
        Clause rest = beforeRest(said);
        String mild = null;
        for (String w : MILD) if (IssueMatters.has(rest, w)) mild = w;
        if (mild == null) return false;
        // 有点不舒服: 不舒服 inside the mild word is the same word.
        int mildAt = rest.text.indexOf(mild, rest.start);
        int mildEnd = mildAt + mild.length();
        Clause c = rest.withoutCues(Cue.HEALTH, mildAt + 1, mildEnd).withoutCues(Cue.ILL, mildAt + 1, mildEnd);
        if (c.hasOtherThan(Cue.HEALTH, mild) || c.hasOtherThan(Cue.ILL, mild)) return false;
        // (有个同志有点不舒服) 麻烦叫个医生: care asked for later in the message makes it a matter to act on.
        for (String w : AilingRoomMeal.CARE)
            if (message.indexOf(w, Math.min(said.end, message.length())) >= 0) return false;
        for (Cue q : Cue.values())
            if (q != Cue.HEALTH && q != Cue.ILL && c.has(q) && !(q == Cue.ARRIVE && c.endOf(q) == mildAt)) return false;
        for (int i = 0; i < Math.min(c.start, message.length()); i++) {
            char ch = message.charAt(i);
            if (Character.isDigit(ch) || FigureMentions.isCn(ch)) return true;
        }
        return false;
    }

    /** Words of resting where the person stays, after the discomfort: no matter of their own. */
    private static final String[] RESTING = {"在房间休息", "回房间休息", "在房间躺着", "在酒店休息", "回酒店休息", "在宾馆休息", "在房里休息"};

    /**
     * "有个同志高原过来有点不舒服 在房间休息": the clause up to the words of resting that end it (where the person
     * stays is said, no room matter), else the clause.
     */
    private static Clause beforeRest(Clause c) {
        for (String w : RESTING) {
            int at = c.text.indexOf(w, c.start);
            if (at > c.start && at + w.length() >= c.end - 1 && at + w.length() <= c.end) return c.head(at);
        }
        return c;
    }
}
