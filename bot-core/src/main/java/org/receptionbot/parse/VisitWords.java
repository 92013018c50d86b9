package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of site-visit statements: what makes a clause about the visits, joining a route,
 * switching to another, dropping out, the old plan, the whole delegation, and people named one by
 * one ("李处", "王司长", "他").
 */
final class VisitWords {
    /** Words that make a clause about the visits even with no route named. */
    private static final String[] CONTEXT = {"考察", "参观", "调研", "观摩", "路线", "线路", "报名", "改线", "换线", "换组"};
    /** Moving to another route: the route after the word is joined. */
    private static final String[] SWITCH = {
        "改去", "改到", "改为", "改成", "改报", "改跟", "改走", "改参加", "改坐", "换到", "换成", "换去", "换为", "调到", "调去", "调整到", "调整为", "转到",
        "转去", "转为", "变更为", "变为", "减为", "减到", "减至", "减少到", "减少为", "增为", "增到", "增至", "增加到", "增加为", "加到", "降为", "降到", "调为",
        "并到", "并入", "合并到", "上错", "搭错", "坐错", "改回", "改线", "换线", "换组"
    };
    /** One character of change right before a route (改北海, 换柳州线). */
    private static final String SWITCH_CHAR = "改换调转";
    /** No longer going: on the route named, or on any visit. */
    private static final String[] DROP = {"不去", "不参加", "不考察", "不再参加", "去不了", "不能去", "退出", "放弃", "不跟", "不随", "取消"};
    /** Joining a route, which with no figure leaves the figure to ask. */
    private static final String[] JOIN = {"去", "参加", "报名", "报", "跟", "随"};

    /** More people coming on the route said before (上海厅多来一位), besides the words of adding. */
    private static final String[] MORE = {"多来", "多去", "也去", "也来", "再来", "再去"};

    /** People left out of an earlier report (漏报了一个): they join the route. */
    private static final String[] MISSED = {"漏报", "少报", "报漏", "漏掉", "落报"};
    /** Someone lost from the group or not to be found (走散了, 跟丢了): a problem, no visit statement. */
    private static final String[] LOST = {"走丢", "走散", "走失", "跟丢", "掉队", "失联", "找不到人", "联系不上"};
    /** Rooms, which a clause asks for at a route's site (加房3间) without a visit statement. */
    private static final String[] ROOMS = {"加房", "住房", "房间", "订房", "开房"};

    private static final String[] WHOLE = {"全团", "全部", "全体", "全厅", "整团", "所有人", "都"};
    private static final String[] OLD = {"原报", "原来", "原定", "原计划", "本来", "原先", "之前报", "原是"};
    /** Someone, with no figure: the figure is to ask. */
    private static final String[] SOMEONE = {"有人", "有些人", "有的人", "几个人", "几位"};

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘" + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    /** A day gone by: a clause about it tells what happened, no plan (昨天北海线我们去了5个). */
    private static final String[] PAST = {"昨天", "前天", "昨日", "昨晚"};

    /** One person: a surname and a title (李处, 王司长), a title alone (我们处长), 老王/小李, or 他/她/我 alone. */
    private static final Pattern PERSON = Pattern.compile("[" + SURNAMES + "](?:副?(?:处长|司长|厅长|局长|部长|主任|科长"
            + "|书记|院长|所长|巡视员|调研员)|处(?!理)|科(?![技学研室])|司|局|总|工|老师|同志|师傅|秘书)|[老小][" + SURNAMES + "]"
            + "|(?<![" + SURNAMES + "副正位])副?(?:处长|司长|厅长|局长|科长|主任)(?![们助])"
            + "|(?<!其)[他她](?![们])|我(?![们厅局部委团单司处省市])|有位|本人"
            // 有个人 (有个同志 reads as 一个同志): one person described; 那个要去拜访同学的: one person told by what they do.
            + "|有个人(?![们员])"
            // 发烧那位, 这位同志: one person pointed at.
            + "|(?<![一二两三四五六七八九十0-9])[那这](?:一)?位(?!置)|[那这]个人(?![们员])"
            + "|那(?:一)?[个位](?:要|想|说要|打算|准备)[^，,。；;\\s]{1,12}的");

    /** Whether {@code text[from, to)} opens with one person named and says they go (我去百色, 李处改去北海). */
    static boolean personGoes(String text, int from, int to) {
        Matcher m = PERSON.matcher(text).region(from, to);
        if (!m.lookingAt()) return false;
        int go = text.indexOf('去', m.end());
        return go >= 0 && go < to && go - m.end() <= 3;
    }

    /** A word found in a clause: where it starts and ends. */
    record Word(int at, int end) {}

    private VisitWords() {}

    static boolean context(Clause c) {
        return find(c, CONTEXT) != null;
    }

    /** An old-plan word, unless it is part of "as planned" (按原计划, 跟原来一样): the figure then stands. */
    static boolean old(Clause c) {
        Word w = find(c, OLD);
        if (w == null) return false;
        int at = c.at(Cue.AS_PLANNED);
        return at < 0 || w.at() < at || w.end() > c.endOf(Cue.AS_PLANNED);
    }

    /** Whether an old-plan word ends right before {@code at} (原来4人). */
    static boolean oldBefore(Clause c, int at) {
        for (String w : OLD) if (at - w.length() >= c.start && c.text.startsWith(w, at - w.length())) return true;
        return false;
    }

    /** The route named right after {@code at} ("原来报的百色", "不去北海了", "本来是北海的"), or null. */
    static Mention.Route routeAfter(Clause c, int at) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() < at) continue;
            return r.start() - at <= 3
                            && c.text.substring(at, r.start()).chars().allMatch(ch -> NEAR.indexOf(ch) >= 0)
                    ? r
                    : null;
        }
        return null;
    }

    /** Words that may stand between an old-plan or dropping word and its route: 原来报的百色, 本来是北海的, 原来去柳州. */
    private static final String NEAR = " 报的是去在走跟坐";

    /** The route of the old plan said in the clause ("原来报的百色", "本来是北海的"), or null. */
    static Mention.Route oldRoute(Clause c) {
        for (String w : OLD) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                Mention.Route r = routeAfter(c, at + w.length());
                if (r != null) return r;
            }
        }
        return null;
    }

    static boolean past(Clause c) {
        for (String w : PAST) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return true;
        }
        return false;
    }

    static boolean missed(Clause c) {
        return find(c, MISSED) != null;
    }

    static boolean more(Clause c) {
        return c.has(Cue.ADD) || find(c, MORE) != null;
    }

    static boolean lost(Clause c) {
        return find(c, LOST) != null;
    }

    static boolean rooms(Clause c) {
        return find(c, ROOMS) != null;
    }

    static boolean whole(Clause c) {
        return find(c, WHOLE) != null;
    }

    static boolean joins(Clause c) {
        return find(c, JOIN) != null;
    }

    static boolean someone(Clause c) {
        return !c.all(Mention.Vague.class).isEmpty() || find(c, SOMEONE) != null;
    }

    static Word drop(Clause c) {
        return find(c, DROP);
    }

    /** The switching word of the clause, or null. */
    static Word switching(Clause c) {
        Word w = find(c, SWITCH);
        if (w != null) return w;
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() > c.start && SWITCH_CHAR.indexOf(c.text.charAt(r.start() - 1)) >= 0)
                return new Word(r.start() - 1, r.start());
        }
        return null;
    }

    /**
     * How many people the clause names one by one, outside its other mentions (李处和王处: 2); 他 or 她
     * after someone named is that person again (王处也想去 给他加到北海), unless joined by 和 (李处和他).
     */
    static int persons(Clause c) {
        Matcher m = PERSON.matcher(c.text).region(c.start, c.end);
        int n = 0;
        while (m.find()) {
            if (insideMention(c, m.start(), m.end())) continue;
            if (n > 0 && pronoun(c.text, m.start(), m.end()) && AND.indexOf(c.text.charAt(m.start() - 1)) < 0) continue;
            n++;
        }
        return n;
    }

    private static final String AND = "和跟与及、";

    private static boolean pronoun(String text, int start, int end) {
        return end - start == 1 && (text.charAt(start) == '他' || text.charAt(start) == '她');
    }

    /** 有个同志, 那位领导 (read as 一个同志): one person described, whom the clause after may speak of; 1 or 0. */
    static int onePerson(Clause c) {
        // 5号车上多了个江苏的: one person more on a bus, said with 个 alone.
        for (String w : EXTRA_ONE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return 1;
        }
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.value() != 1) continue;
            for (String p : ONE) if (c.text.startsWith(p, n.end())) return 1;
        }
        return 0;
    }

    private static final String[] EXTRA_ONE = {"多了个", "多出个", "多了一个", "多出一个", "多了一位", "多出一位"};

    /** Words for one person after 一个/一位 (一个同志, 一位领导). */
    private static final String[] ONE = {"同志", "领导", "同事", "代表", "处长", "局长", "主任", "科长", "老师", "人"};

    private static boolean insideMention(Clause c, int start, int end) {
        for (Mention m : c.mentions) if (m.start() < end && start < m.end()) return true;
        return false;
    }

    /** The first of the words in the clause, outside its mentions, or null. */
    private static Word find(Clause c, String[] words) {
        Word first = null;
        for (String w : words) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                if (insideMention(c, at, at + w.length())) continue;
                if (first == null || at < first.at()) first = new Word(at, at + w.length());
                break;
            }
        }
        return first;
    }
}
