package org.receptionbot.parse;

/**
 * People pointed at (那两个, 这三位, 他们俩 is a count of its own) as the ones a meal statement is about, when the
 * figure scan leaves them out as it does "那两个在吃早饭": "那两个明晚在山庄吃饭" (they are the diners: a figure of 2),
 * "午饭不用算那两个了" (they are the fewer diners).
 */
final class PointedDiners {
    /** How far after the cancel word the people pointed at may start (不用算上那两个, 就别算这三个). */
    private static final int AFTER_CANCEL = 3;

    private PointedDiners() {}

    /**
     * "那两个明晚在山庄吃饭", "四川那两位明晚回山庄吃饭": the people pointed at before the eating word, in a clause
     * with no figure, no question and nothing of the past, are the meal's diners; their figure, else null.
     */
    static Integer eating(Clause c) {
        if (c.question || c.has(Cue.PAST) || c.has(Cue.CANCEL) || !c.has(Cue.EAT)) return null;
        if (!c.all(Mention.Count.class).isEmpty() || !c.all(Mention.Vague.class).isEmpty()) return null;
        int eat = c.at(Cue.EAT);
        // 住院那两个队员出院了 晚上正常吃: the meal as planned for everyone, the people pointed at only back.
        if (c.has(Cue.AS_PLANNED) && c.at(Cue.AS_PLANNED) < eat) return null;
        for (int i = c.start; i < eat; i++) {
            char ch = c.text.charAt(i);
            Integer n = ch == '那' || ch == '这' ? VisitFigures.pointedAt(c, i) : null;
            if (n != null) return n;
        }
        return null;
    }

    /**
     * "3个教练的航班延误了 改成下午2点落地 中午饭不用算他们": 他们 right after the cancel word points back at the people
     * the message counted before ({@code counted}, see {@link ClauseState#counted}), when the word leaves them out of the
     * count (算, 计); their figure, else null (alone, or "午饭不用准备他们的", the figure is asked for).
     */
    static Integer themCounted(Clause c, int verbAt, int counted) {
        if (verbAt < 0 || counted <= 0 || !c.all(Mention.Count.class).isEmpty()) return null;
        int end = c.endOf(Cue.CANCEL);
        // 不用算他们, 别算上她们: the people left out of the count; "不用准备他们的" (their portions) is asked
        String word = c.text.substring(c.at(Cue.CANCEL), end);
        if (!word.contains("算") && !word.contains("计")) return null;
        for (int i = end; i < c.end && i <= end + AFTER_CANCEL; i++) {
            char ch = c.text.charAt(i);
            if ((ch == '他' || ch == '她') && c.text.startsWith("们", i + 1)) return counted;
            if ("上掉去了 ".indexOf(ch) < 0) return null;
        }
        return null;
    }

    /** "午饭不用算那两个了", "晚饭取消这三位的": the people pointed at right after the cancel word; their figure, else null. */
    static Integer afterCancel(Clause c, int verbAt) {
        if (verbAt < 0) return null;
        int end = c.endOf(Cue.CANCEL);
        for (int i = end; i < c.end && i <= end + AFTER_CANCEL; i++) {
            char ch = c.text.charAt(i);
            if (ch == '那' || ch == '这') return VisitFigures.pointedAt(c, i);
            if ("上掉去了 ".indexOf(ch) < 0) return null;
        }
        return null;
    }
}
