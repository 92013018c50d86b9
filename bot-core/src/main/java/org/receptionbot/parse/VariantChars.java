package org.receptionbot.parse;

/**
 * Traditional and variant characters folded to the simplified ones the event file and the rules use
 * (新彊 → 新疆, 廣西 → 广西, 黑龍江 → 黑龙江, 內蒙 → 内蒙, 晚飯 → 晚饭). One character for one, so spans keep
 * their places; a character is only replaced by its own simplified form, never by a look-alike word
 * (天气 stays 天气, 天津 stays 天津).
 */
public final class VariantChars {

    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9fff';
    /** Traditional or variant form, then its simplified form, pair by pair. */
    private static final String PAIRS = "彊疆畺疆廣广龍龙竜龙內内東东蘇苏陝陕陜陕遼辽寧宁甯宁雲云貴贵慶庆灣湾臺台"
            + "團团軍军肅肃蘭兰鄭郑瀋沈陽阳漢汉濱滨廈厦門门綫线線线區区廳厅會会協协環环態态財财農农業业"
            + "爾尔齊齐魯鲁閩闽贛赣滬沪維维吳吴號号個个車车輛辆飯饭麵面頓顿餵喂"
            + "們们來来兩两幾几點点鐘钟時时後后裏里這这説说說说讓让還还沒没減减報报發发離离開开"
            + "達达機机場场從从給给誰谁問问題题鑰钥間间熱热燒烧醫医壞坏氣气電电燈灯髒脏聯联絡络"
            + "員员隊队參参觀观隨随";

    private static final char[] TO = new char[LAST - FIRST + 1];

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            char from = PAIRS.charAt(i);
            char to = PAIRS.charAt(i + 1);
            if (from != to) TO[from - FIRST] = to;
        }
    }

    private VariantChars() {}

    /** {@code text} with each traditional or variant character in its simplified form (廣西 → 广西). */
    public static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) out[i] = fold(out[i]);
        return new String(out);
    }

    /** The simplified form of the character, or the character itself. */
    static char fold(char c) {
        if (c < FIRST || c > LAST) return c;
        char to = TO[c - FIRST];
        return to == 0 ? c : to;
    }
}
