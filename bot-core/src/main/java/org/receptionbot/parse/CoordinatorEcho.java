package org.receptionbot.parse;

/**
 * A coordinator's or a service unit's echo of a report a liaison made: the message opens by acknowledging
 * it ("@陕西 好的 陕西中午30", "收到，上海明天走", "明白，贵州晚饭50人") or says it has been entered or passed on
 * ("四川晚餐46，已改", "早餐盒已收到山西28份", "留守午餐最终25人，已通知厨房"). The figure it repeats is the
 * liaison's, already recorded from the liaison's own message; read again it would be a second record, or a
 * wrong one where the echo is shortened, so the echo records nothing in the stateless reading. A coordinator
 * relaying a phone call in the same form ("收到，刚接到电话 湖南明天早上8点走") is told from an echo only by what the
 * ledger holds: the parser hands what the message would record to the chat ({@code ParseOutcome#echoed}).
 */
final class CoordinatorEcho {
    /** Words that open an acknowledgement. */
    private static final String[] ACKNOWLEDGED = {"收到", "好的", "好嘞", "好滴", "明白", "了解"};
    /** Words that say the report was entered or passed on; not when asked (已改了吗, 已通知没). */
    private static final String[] ENTERED = {"已改", "已更新", "已收到", "已通知", "已加上", "已加了", "名单已加"};
    /** What after an entered word makes it a question. */
    private static final String ASKED = "吗没么";
    /** What closes a name said right after the acknowledgement ("收到海南。"). */
    private static final String STOPS = "。，,！!";
    /** How far into the message a speaker's label may end ("用餐组：", "土家山寨餐厅："). */
    private static final int LABEL = 10;

    private CoordinatorEcho() {}

    /** Whether a message from no delegation's liaison echoes a report rather than makes one. */
    static boolean echoes(Reading reading) {
        return echoes(reading.sender(), reading.original());
    }

    /** Whether {@code original}, sent by the liaison of {@code sender} (null: of none), echoes a report. */
    static boolean echoes(String sender, String original) {
        if (sender != null || original == null) return false;
        String text = original.strip();
        if (opensWithAcknowledgement(text)) return true;
        for (String w : ENTERED) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                int after = at + w.length();
                if (after >= text.length() || ASKED.indexOf(text.charAt(after)) < 0) return true;
            }
        }
        return false;
    }

    /** "收到，…", "@湖北 好的 …", "用餐组：收到 …", "湖南收到 …": an acknowledgement at the opening. */
    private static boolean opensWithAcknowledgement(String text) {
        String rest = withoutOpening(text);
        for (String w : ACKNOWLEDGED) if (rest.startsWith(w)) return true;
        // 湖南收到, 四川收到: the delegation named, then 收到.
        int at = rest.indexOf("收到");
        if (at <= 0 || at > 4) return false;
        String before = rest.substring(0, at);
        return before.chars().allMatch(Character::isLetter) && before.chars().noneMatch(c -> "没未不".indexOf(c) >= 0);
    }

    /**
     * {@code original} with its acknowledgement blanked, and the delegation it addresses beside it ("湖南收到",
     * "收到海南。"): what a relay passes on names its delegation in what it says, not in whom it answers. Unchanged
     * when the message opens with no acknowledgement.
     */
    static String relayed(String original) {
        String text = original;
        int lead = text.length() - text.stripLeading().length();
        String rest = withoutOpening(text.strip());
        int from = lead + text.strip().length() - rest.length();
        int to = -1;
        for (String w : ACKNOWLEDGED) if (rest.startsWith(w)) to = from + w.length();
        if (to < 0) {
            int at = rest.indexOf("收到");
            if (at <= 0 || !opensWithAcknowledgement(text.strip())) return original;
            to = from + at + 2;
        } else to = addressee(text, to);
        return text.substring(0, from) + " ".repeat(to - from) + text.substring(to);
    }

    /** Where a short name said right after the acknowledgement and closed by a stop ends ("收到海南。"), else {@code at}. */
    private static int addressee(String text, int at) {
        for (int i = at; i < text.length() && i <= at + 4; i++) {
            char c = text.charAt(i);
            if (STOPS.indexOf(c) >= 0) return i > at ? i : at;
            if (!Character.isLetter(c)) return at;
        }
        return at;
    }

    /** The text after leading @-mentions and a speaker's label ending in a colon. */
    private static String withoutOpening(String text) {
        String rest = text;
        while (rest.startsWith("@")) {
            int space = indexOfSpace(rest);
            if (space < 0) return "";
            rest = rest.substring(space).strip();
        }
        int colon = Math.max(rest.indexOf('：'), rest.indexOf(':'));
        if (colon > 0 && colon <= LABEL) rest = rest.substring(colon + 1).strip();
        return rest;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '，') return i;
        return -1;
    }
}
