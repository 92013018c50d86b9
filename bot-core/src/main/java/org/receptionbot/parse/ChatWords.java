package org.receptionbot.parse;

import java.util.Set;

/**
 * "谢谢", "定了", "好的", "就这些": words after a report that only thank, confirm or close it. Said after a meal's figure
 * they leave nothing unread; they are never quoted back as a part to check.
 */
final class ChatWords {
    private static final Set<String> CLOSING = Set.of(
            "谢谢",
            "谢谢了",
            "谢谢啦",
            "多谢",
            "感谢",
            "谢",
            "辛苦",
            "辛苦了",
            "辛苦啦",
            "麻烦了",
            "麻烦啦",
            "好的",
            "好嘞",
            "好",
            "定了",
            "就定了",
            "就这样",
            "就这些",
            "就这么多",
            "确定",
            "确定了",
            "不变了",
            "收到",
            "OK",
            "ok",
            // 明天北京三餐都是42 打扰了, 广西中午52 晚饭也52 都在: an apology for the trouble, or all said present.
            "打扰了",
            "打扰啦",
            "打扰",
            "不好意思",
            "都在",
            "全在",
            "都到",
            "全到",
            "都到了",
            "全到了",
            "全部都在",
            "人都在",
            "都齐了",
            // 晚上也30 对的没错: the figure confirmed.
            "对的",
            "对",
            "是的",
            "没错",
            "没错的",
            "没问题");
    /** Words that confirm the figure said (对的没错, 是的). */
    private static final Set<String> CONFIRMING = Set.of("对的", "对", "是的", "没错", "没错的", "没问题");

    /** Particles and marks around the words: 哈, 啊, 了 at the end, emoji, punctuation. */
    private static final String LIGHT = "哈啊呀吧哦噢嘛呢啦~～!！。.,，🙏 ";

    /** Thanks that close a courtesy to everyone (今天最后一天了大家辛苦, 这几天麻烦各位了). */
    private static final String[] THANKS = {
        "大家辛苦了", "大家辛苦", "辛苦大家了", "辛苦大家", "各位辛苦了", "各位辛苦", "谢谢大家", "谢谢各位", "感谢大家", "感谢各位", "麻烦大家了", "麻烦各位了"
    };
    /** The most characters a courtesy may say before its thanks (今天最后一天了). */
    private static final int COURTESY_LEAD = 8;

    private ChatWords() {}

    /**
     * "今天最后一天了大家辛苦", "这几天谢谢大家": a few words that end in thanks to everyone, with no figure, no negation and
     * no question: a courtesy, nothing to read.
     */
    static boolean courtesy(String words) {
        String w = words.strip();
        while (!w.isEmpty()
                && (LIGHT.indexOf(w.charAt(w.length() - 1)) >= 0
                        || Character.isSurrogate(w.charAt(w.length() - 1))
                        || w.charAt(w.length() - 1) == '\uFE0F')) w = w.substring(0, w.length() - 1);
        for (String t : THANKS) {
            if (!w.endsWith(t)) continue;
            String lead = w.substring(0, w.length() - t.length());
            if (lead.length() > COURTESY_LEAD) return false;
            for (int i = 0; i < lead.length(); i++) if ("不没吗？?0123456789".indexOf(lead.charAt(i)) >= 0) return false;
            return true;
        }
        return false;
    }

    /** Whether {@code words} are only closing words (with particles, marks and emoji around them). */
    static boolean only(String words) {
        return only(words, CLOSING);
    }

    /**
     * Whether {@code words} only confirm the figure said before them ("对的没错", "是的"): not 都到 nor 谢谢, which may
     * stay with the figure.
     */
    static boolean confirm(String words) {
        return only(words, CONFIRMING);
    }

    private static boolean only(String words, Set<String> set) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            char ch = words.charAt(i);
            if (Character.isSurrogate(ch) || ch == '\uFE0F' || LIGHT.indexOf(ch) >= 0) continue;
            kept.append(ch);
        }
        String w = kept.toString();
        if (w.isEmpty()) return false;
        if (set.contains(w)) return true;
        // 定了谢谢, 好的谢谢: two closing words in a row.
        for (String first : set) if (w.startsWith(first) && set.contains(w.substring(first.length()))) return true;
        return false;
    }
}
