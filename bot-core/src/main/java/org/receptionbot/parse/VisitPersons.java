package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The people a visit statement is about: a figure, or people named one by one ("李处", "王司长", "他", "发烧那位", "有个同志"). */
final class VisitPersons {
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

    private VisitPersons() {}

    /** Whether {@code text[from, to)} may hold a match of {@link #PERSON}: a cheap test before the search. */
    private static boolean mayName(String text, int from, int to) {
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

    /** Whether {@code text[from, to)} opens with one person named and says they go (我去百色, 李处改去北海). */
    static boolean personGoes(String text, int from, int to) {
        Matcher m = PERSON.matcher(text).region(from, to);
        if (!m.lookingAt()) return false;
        int go = text.indexOf('去', m.end());
        return go >= 0 && go < to && go - m.end() <= 3;
    }

    /** The people the clause says: a figure (with a unit, or bare in a list line), or people named one by one. */
    static Integer said(Clause c) {
        Integer part = GroupParts.partOf(c);
        if (part != null) return part;
        Integer among = among(c);
        if (among != null) return among;
        Integer n = Figures.people(c);
        if (n == null) n = Figures.count(c, -1, false);
        if (n == null) n = VisitFigures.pointedAt(c);
        if (n == null) n = delegates(c);
        int named = persons(c);
        return n == null && named > 0 ? Integer.valueOf(named) : n;
    }

    /**
     * How many people the clause names one by one, outside its other mentions (李处和王处: 2); 他 or 她
     * after someone named is that person again (王处也想去 给他加到北海), unless joined by 和 (李处和他).
     */
    static int persons(Clause c) {
        return persons(c, c.start);
    }

    /**
     * "柳州线2人里张处不去了", "北海线6个人里的小杨调去柳州", "百色的四个里面 老刘和小赵": people named one
     * by one out of a group said with its figure (fewer than it) are the ones the change is about; null when
     * none is named so.
     */
    static Integer among(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int e = n.end();
            while (e < c.end && c.text.charAt(e) == ' ') e++;
            for (String w : AMONG) {
                if (!c.text.startsWith(w, e)) continue;
                int named = persons(c, e + w.length());
                if (named > 0 && named < n.value()) return named;
            }
        }
        return null;
    }

    /**
     * "有位代表血压高" (read as 一位代表), "有2个代表说要换到北海线": people counted as delegates. 代表 is no
     * unit of a figure elsewhere (两个代表团), so the figure before it is read here; null when none is said.
     */
    static Integer delegates(Clause c) {
        for (int at = c.text.indexOf("代表", c.start);
                at > c.start + 1 && at + 2 <= c.end;
                at = c.text.indexOf("代表", at + 2)) {
            if ("个位名".indexOf(c.text.charAt(at - 1)) < 0) continue;
            if (at + 2 < c.text.length() && "团队处".indexOf(c.text.charAt(at + 2)) >= 0) continue;
            int from = at - 1;
            while (from > c.start && FIGURE.indexOf(c.text.charAt(from - 1)) >= 0) from--;
            if (from == at - 1 || from > c.start && "第每这那".indexOf(c.text.charAt(from - 1)) >= 0) continue;
            int n = ChineseNumerals.value(c.text.substring(from, at - 1));
            if (n > 0) return n;
        }
        return null;
    }

    private static final String FIGURE = "0123456789一二两俩仨三四五六七八九十";

    /** What marks a group said before the people picked out of it (2人里, 4位当中的). */
    private static final String[] AMONG = {"里面", "里边", "里头", "当中", "之中", "中间", "里", "中"};

    private static int persons(Clause c, int from) {
        if (!mayName(c.text, from, c.end)) return 0;
        int n = 0;
        for (int[] m : PersonMatches.of(PERSON, PERSON_FIRST, c.text, from, c.end)) {
            if (VisitWords.insideMention(c, m[0], m[1])) continue;
            if (n > 0 && pronoun(c.text, m[0], m[1]) && AND.indexOf(c.text.charAt(m[0] - 1)) < 0) continue;
            if (stays(c, m[1])) continue;
            n++;
        }
        return n;
    }

    /**
     * Where {@code text[from, to)} names people one by one ({@code [start, end]} of each: 李处, 老张, 那位, 他),
     * 我 and people said to stay as they are aside.
     */
    static List<int[]> spans(Clause c, int from, int to) {
        List<int[]> found = new ArrayList<>();
        if (!mayName(c.text, from, to)) return found;
        for (int[] m : PersonMatches.of(PERSON, PERSON_FIRST, c.text, from, to)) {
            if (c.text.charAt(m[0]) == '我' || VisitWords.insideMention(c, m[0], m[1])) continue;
            if (!stays(c, m[1])) found.add(m);
        }
        return found;
    }

    /** Staying as they are, said right after a person (王处那边不动, 陈处还是柳州不变): no one the change is about. */
    private static final String[] STAY = {"不动", "不变", "照旧", "没变", "不换", "不调", "没动"};

    private static boolean stays(Clause c, int end) {
        int window = Math.min(c.end, end + 8);
        for (String w : STAY) {
            int at = c.text.indexOf(w, end);
            if (at < 0 || at + w.length() > window) continue;
            boolean near = true;
            for (int i = end; i < at && near; i++)
                near = STAY_BETWEEN.indexOf(c.text.charAt(i)) >= 0 || VisitWords.insideMention(c, i, i + 1);
            if (near) return true;
        }
        return false;
    }

    /** What may stand between a person and their staying word, besides a route: 那边, 还是, 仍在. */
    private static final String STAY_BETWEEN = "那这边里的还是仍然继续在线 ";

    private static final String AND = "和跟与及、";

    private static boolean pronoun(String text, int start, int end) {
        return end - start == 1 && (text.charAt(start) == '他' || text.charAt(start) == '她');
    }

    /**
     * The people named one by one or described (有个同志); 有个处长 is one person, named and described; with
     * none, the part picked out of a group (西藏3个有一个肚子不舒服: 1).
     */
    static int named(Clause c) {
        int persons = persons(c) + (OnePerson.described(c) == 1 && !OnePerson.titled(c) ? 1 : 0);
        if (persons > 0) return persons;
        Integer delegates = delegates(c);
        if (delegates != null) return delegates;
        Integer part = GroupParts.partOf(c);
        return part == null ? 0 : part;
    }
}
