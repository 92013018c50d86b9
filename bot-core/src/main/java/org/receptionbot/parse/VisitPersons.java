package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The people a visit statement is about: a figure, or people named one by one ("李处", "王司长", "他", "发烧那位", "有个同志");
 * how one person is written is {@link PersonNames}'.
 */
final class VisitPersons {
    private VisitPersons() {}

    /** Whether {@code text[from, to)} opens with one person named and says they go (我去百色, 李处改去北海). */
    static boolean personGoes(String text, int from, int to) {
        Matcher m = PersonNames.PERSON.matcher(text).region(from, to);
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
        if (!PersonNames.mayName(c.text, from, c.end)) return 0;
        int n = 0;
        for (int[] m : PersonMatches.of(PersonNames.PERSON, PersonNames.PERSON_FIRST, c.text, from, c.end)) {
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
        if (!PersonNames.mayName(c.text, from, to)) return found;
        for (int[] m : PersonMatches.of(PersonNames.PERSON, PersonNames.PERSON_FIRST, c.text, from, to)) {
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
