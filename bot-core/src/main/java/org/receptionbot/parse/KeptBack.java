package org.receptionbot.parse;

/**
 * "有一个领导临时有事", "两个处长去不了": people of the delegation kept from going somewhere, said with their reason. They
 * are no guests on top of its size ({@link FigureParts#guests}), and a meal said after them is a statement of its own
 * ("有一个领导临时有事 中午饭还吃": the meal as planned, the figure theirs, not the meal's).
 */
final class KeptBack {
    /** Words of one kept back, longest first where one holds another. */
    static final String[] WORDS = {"临时有事", "有事", "去不了", "不去了", "不去", "走不开", "留在酒店", "留在山庄", "留下"};

    /** Particles that may end the words (有事了, 去不了啊). */
    private static final String PARTICLES = "了啊呀哈的";

    private KeptBack() {}

    /** Whether {@code said} holds words of someone kept back. */
    static boolean said(String said) {
        for (String w : WORDS) if (said.contains(w)) return true;
        return false;
    }

    /** Whether the text from {@code from} to {@code at} ends with words of someone kept back. */
    static boolean endsAt(String text, int from, int at) {
        int end = at;
        while (end > from && PARTICLES.indexOf(text.charAt(end - 1)) >= 0) end--;
        String s = text.substring(from, end);
        for (String w : WORDS) if (s.endsWith(w)) return true;
        return false;
    }
}
