package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "广西晚饭是52还是50来着 我问下领队", "中午三十还是三十二 记不清了": a figure said as one of two (X还是Y) is no figure the
 * sender is sure of; the statement gives no record (the sender checks and reports again).
 */
final class EitherFigure {
    private static final String DIGITS = "[0-9０-９零一二两三四五六七八九十百]+";
    private static final Pattern EITHER =
            Pattern.compile("(" + DIGITS + ") ?(?:个人|个|人|位)? ?还是 ?(?:是 ?)?(" + DIGITS + ")");

    private EitherFigure() {}

    /** Takes out the meal records whose figure is said as one of two. */
    static void drop(Drafts drafts) {
        drafts.dropIf(d -> d.isMeal() && d.count != null && either(d.statement));
    }

    /** Two different figures joined by 还是 (52还是50; 30 还是30 is the same figure said again). */
    private static boolean either(String statement) {
        if (!statement.contains("还是")) return false;
        java.util.regex.Matcher m = EITHER.matcher(statement);
        while (m.find()) if (!m.group(1).equals(m.group(2))) return true;
        return false;
    }
}
