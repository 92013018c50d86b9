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
            "都齐了");
    /** Particles and marks around the words: 哈, 啊, 了 at the end, emoji, punctuation. */
    private static final String LIGHT = "哈啊呀吧哦噢嘛呢啦~～!！。.,，🙏 ";

    private ChatWords() {}

    /** Whether {@code words} are only closing words (with particles, marks and emoji around them). */
    static boolean only(String words) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            char ch = words.charAt(i);
            if (Character.isSurrogate(ch) || ch == '\uFE0F' || LIGHT.indexOf(ch) >= 0) continue;
            kept.append(ch);
        }
        String w = kept.toString();
        if (w.isEmpty()) return false;
        if (CLOSING.contains(w)) return true;
        // 定了谢谢, 好的谢谢: two closing words in a row.
        for (String first : CLOSING)
            if (w.startsWith(first) && CLOSING.contains(w.substring(first.length()))) return true;
        return false;
    }
}
