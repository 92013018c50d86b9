package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "孩子们不冷了😄", "大家暖和多了", "队员们好多了 没事了": a remark that people feel better now, said after thanks or a
 * report, is talk: nothing of it is left unread ({@link ClauseFallback}, {@link MealAsides}). A thing that stopped
 * working ("暖气不热了", "水不热了") or people still unwell ("孩子们冷得不行", "还是很冷") is no such remark.
 */
final class BetterNow {
    /** People said better: 不冷了, 不饿了, 不难受了, 暖和(多)了, 好多了, 没事了; nothing else in the words but who. */
    private static final Pattern BETTER = Pattern.compile("^(?:[\\p{IsHan}]{0,4}(?:们|大家|都|也))?(?:都|也)?"
            + "(?:不(?:冷|饿|渴|难受|晕|疼|怕冷)了|暖和(?:多)?了|好多了|没事了|舒服多了)(?:哈|啊|呀|啦)?$");

    private BetterNow() {}

    /** Things asked for said received: 大衣收到了, 被子都收到了. */
    private static final Pattern RECEIVED = Pattern.compile("^[\\p{IsHan}]{1,4}(?:都|也)?(?:收到|领到|拿到)了(?:哈|啊|呀|啦)?$");

    /**
     * Whether {@code words} only say that people feel better now, beside thanks or things said received (emoji, marks
     * and spaces aside): "大衣收到了 太感谢了 孩子们不冷了😄".
     */
    static boolean said(String words) {
        boolean better = false;
        for (String piece : words.split("[\\s，,。！!~～]+")) {
            String t = piece.replaceAll("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}]", "");
            if (t.isEmpty()
                    || ChatWords.only(t)
                    || t.matches("^太?感谢了?|^太谢谢了?|^谢谢[\\p{IsHan}]{0,4}")
                    || RECEIVED.matcher(t).matches()) continue;
            for (String part : t.split("(?<=了)(?=[\\p{IsHan}])"))
                if (!BETTER.matcher(part).matches()) return false;
            better = true;
        }
        return better;
    }
}
