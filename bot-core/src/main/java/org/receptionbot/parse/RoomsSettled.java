package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lodging or a coordinator saying a delegation's rooms are seen to: rooms opened or added for them (先开了3间,
 * 在3楼加了4间, 腾了2间) or promised ready by an hour (11点前全部弄好, 12点之前都打扫好). Said, not asked, it answers
 * the matter rather than reports it; one of the answers {@link ProviderAnswers} reads.
 */
final class RoomsSettled {
    /** 开了3间, 多开了两间, 加了4间, 腾出了2间: rooms the lodging has given. */
    private static final Pattern OPENED = Pattern.compile("(?:开|加|腾|调|留)(?:出)?了(?:出)?[0-9一二两三四五六七八九十]+间");
    /** 11点前全部弄好, 2点半之前都收拾好: the rooms promised ready by an hour. */
    private static final Pattern READY_BY =
            Pattern.compile("(?:点|点钟|点半|分)(?:之)?前(?:全部|都|全都|一定|肯定|就)?(?:弄|收拾|打扫|整理|搞|修|准备|安排|调)好");
    /** What right after makes it asked (弄好吗) or right before said not done (没开了). */
    private static final String ASKED = "吗没么";

    private static final String NOT = "没未不";

    private RoomsSettled() {}

    /** Whether {@code c}, a statement and not a question, says rooms given or promised ready by an hour. */
    static boolean said(Clause c) {
        if (c.question) return false;
        String words = c.span();
        return found(OPENED.matcher(words), words) || found(READY_BY.matcher(words), words);
    }

    private static boolean found(Matcher m, String words) {
        while (m.find()) {
            if (m.end() < words.length() && ASKED.indexOf(words.charAt(m.end())) >= 0) continue;
            if (m.start() > 0 && NOT.indexOf(words.charAt(m.start() - 1)) >= 0) continue;
            return true;
        }
        return false;
    }
}
