package org.receptionbot.parse;

/**
 * The words of people joining the visits: joining a route, more people on it (多来, 再派), people left out of a
 * report (漏报), the whole delegation (全员, 全去) and someone with no figure (有人). Found with {@link VisitWords#find}.
 */
final class VisitJoinWords {
    private VisitJoinWords() {}

    /** Joining a route, which with no figure leaves the figure to ask. */
    private static final String[] JOIN = {"去", "参加", "报名", "报", "跟", "随"};

    /** More people coming on the route said before (上海厅多来一位), besides the words of adding. */
    private static final String[] MORE = {"多来", "多去", "也去", "也来", "再来", "再去"};

    /** Sending more people, said with 再 before the figure (再派2人, 再跟一个人, 再去1位). */
    private static final String[] AGAIN = {"再派", "再跟", "再去", "再来", "再加", "再增加", "再安排", "再补", "再添", "再多"};

    /** People left out of an earlier report (漏报了一个): they join the route. */
    private static final String[] MISSED = {"漏报", "少报", "报漏", "漏掉", "落报"};
    /** The whole delegation (全去北海: 全 right before going; a figure said with it, "5个全去", is read first). */
    private static final String[] WHOLE = {"全团", "全员", "全部", "全体", "全厅", "整团", "所有人", "都", "全去", "全跟"};
    /**
     * "山西全员去柳州了", "考察全团百色": whether {@code span} says the whole delegation goes (a whole word, then a going
     * word, or a word of the visits before it).
     */
    static boolean wholeGoes(String span) {
        for (String w : WHOLE) {
            int at = span.indexOf(w);
            if (at < 0) continue;
            if (w.endsWith("去") || w.endsWith("跟") || span.substring(0, at).contains("考察")) return true;
            for (String j : JOIN) if (span.indexOf(j, at + w.length()) >= 0) return true;
        }
        return false;
    }

    /** Someone, with no figure: the figure is to ask. */
    private static final String[] SOMEONE = {"有人", "有些人", "有的人", "几个人", "几位"};

    /** "北海线再跟2个人", "百色线再派1人": more people on the route, the figure right after the word. */
    static boolean again(Clause c) {
        VisitWords.Word w = VisitWords.find(c, AGAIN);
        if (w == null) return false;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() >= w.end() && n.start() - w.end() <= 2) return true;
        return false;
    }

    static boolean missed(Clause c) {
        return VisitWords.find(c, MISSED) != null;
    }

    static boolean more(Clause c) {
        return c.has(Cue.ADD) || VisitWords.find(c, MORE) != null;
    }

    static boolean whole(Clause c) {
        return VisitWords.find(c, WHOLE) != null;
    }

    static boolean joins(Clause c) {
        return VisitWords.find(c, JOIN) != null;
    }

    /** Whether a joining word stands in the clause at or after {@code at}. */
    static boolean joinsAfter(Clause c, int at) {
        for (String w : JOIN) {
            int i = c.text.indexOf(w, Math.max(at, c.start));
            if (i >= 0 && i + w.length() <= c.end) return true;
        }
        return false;
    }

    static boolean someone(Clause c) {
        return !c.all(Mention.Vague.class).isEmpty() || VisitWords.find(c, SOMEONE) != null;
    }
}
