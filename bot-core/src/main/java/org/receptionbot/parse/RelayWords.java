package org.receptionbot.parse;

/** The words that relay a report on another's behalf: 代报, 帮…报, 替…报 (not 帮忙报销, 替他报名). */
public final class RelayWords {
    /** How far after 帮/替 the 报 of "帮四川报一下" may come. */
    private static final int REACH = 8;

    private RelayWords() {}

    /** Whether {@code message} relays a report on another's behalf. */
    public static boolean relayed(String message) {
        if (message.contains("代报") || message.contains("代为报") || message.contains("代他们报")) return true;
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (ch != '帮' && ch != '替') continue;
            int end = Math.min(message.length() - 1, i + REACH);
            for (int k = i + 1; k <= end; k++) {
                if (message.charAt(k) == '报' && reportAt(message, k)) return true;
            }
        }
        return false;
    }

    /** Whether the 报 at {@code at} reports something (not 帮忙报销, 替他报名, 报道, 报警: paperwork, a sign-up, news, the police). */
    static boolean reportAt(String text, int at) {
        char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        return next != '销' && next != '名' && next != '道' && next != '警';
    }
}
