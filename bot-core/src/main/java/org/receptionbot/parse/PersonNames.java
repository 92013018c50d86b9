package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * How one person is written in a message: a surname and a title (李处, 王司长), a title alone (我们处长), 老王/小李, a
 * pronoun, 有位, 本人, someone pointed at (发烧那位); and the cheap tests that let a search skip a text that names none.
 */
final class PersonNames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" + "伍欧施聂柯岳庞樊翁葛";

    /** One person: a surname and a title (李处, 王司长), a title alone (我们处长), 老王/小李, or 他/她/我 alone. */
    static final Pattern PERSON = Pattern.compile("[" + SURNAMES + "](?:副?(?:处长|司长|厅长|局长|部长|主任|科长"
            + "|书记|院长|所长|巡视员|调研员)|处(?!理)|科(?![技学研室])|司|局|总|工|老师|同志|师傅|秘书)|[老小][" + SURNAMES + "]"
            + "|(?<![" + SURNAMES + "副正位])副?(?:处长|司长|厅长|局长|科长|主任)(?![们助])"
            + "|(?<!其)[他她](?![们])|我(?![们厅局部委团单司处省市])|有位|本人"
            // 有个人 (有个同志 reads as 一个同志): one person described; 那个要去拜访同学的: one person told by what they do.
            + "|有个人(?![们员])"
            // 还有个领导不去考察了: one person described after 有个 where no figure was read for it.
            + "|(?<=[还另])有个(?=领导|同志|同事|老师|干部)"
            // 发烧那位, 这位同志: one person pointed at.
            + "|(?<![一二两三四五六七八九十0-9])[那这](?:一)?位(?!置)|[那这]个人(?![们员])"
            + "|那(?:一)?[个位](?:要|想|说要|打算|准备)[^，,。；;\\s]{1,12}的");

    /**
     * Characters one of which every match of {@link #PERSON} holds: a title's last character (长, 任) or a
     * character of a title or form of address after a surname, 老, a pronoun, 那. 小 counts before a surname, 我
     * before no word of a group (我们), 位 after 有, 一, 那 or 这, 人 in 本人 and 有个人 / 那个人 / 这个人.
     */
    private static final CharSet PERSON_MARKS = new CharSet("处司局科总工老同师秘书记巡调长任他她那");

    private static final CharSet SURNAME = new CharSet(SURNAMES);

    /**
     * The characters a match of {@link #PERSON} starts with (a surname, 老/小, a title's first character, a pronoun,
     * 有, 本, 那/这): the search tries no other place.
     */
    static final CharSet PERSON_FIRST = new CharSet(SURNAMES + "老小副处司厅局科主他她我有本那这");

    private PersonNames() {}

    /** Whether {@code text[from, to)} may hold a match of {@link #PERSON}: a cheap test before the search. */
    static boolean mayName(String text, int from, int to) {
        if (from > to) return true; // the search itself rejects the region
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (PERSON_MARKS.has(ch)) return true;
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            // The search does not look past the region's end: 我 at its end is a person, whatever follows.
            char after = i + 1 < to ? text.charAt(i + 1) : ' ';
            boolean mark = switch (ch) {
                case '小' -> SURNAME.has(after);
                case '我' -> "们厅局部委团单司处省市".indexOf(after) < 0;
                case '位' -> "有一那这".indexOf(before) >= 0;
                case '人' -> before == '本' || before == '个' && i > 1 && "有那这".indexOf(text.charAt(i - 2)) >= 0;
                case '个' -> before == '有' && i > 1 && "还另".indexOf(text.charAt(i - 2)) >= 0;
                default -> false;
            };
            if (mark) return true;
        }
        return false;
    }
}
