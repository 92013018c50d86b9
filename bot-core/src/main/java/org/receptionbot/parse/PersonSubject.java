package org.receptionbot.parse;

import java.util.List;

/**
 * People named one by one as who moves or skips a meal, before its verb ("老张明早到南宁东", "李司长今晚不参加宴会",
 * "留下的那位中午不吃了", "安徽那俩到了"): their number is the statement's figure, so one person's change is not read
 * as the whole delegation's. No figure when more are said beside them (全团, 大家, 他们, 剩下的), when a delegation
 * or 我们 stands between them and the verb (then the delegation is who does it), or when someone is named as company,
 * object, addressee or speaker (跟王处一起走, 去接李司长, 周老师早上好, 张师傅：).
 */
final class PersonSubject {
    /** Characters every person found here has: the search runs only where one occurs. */
    private static final String MARKS = "处司局长任工科总老小位他她书院所员秘俩";
    /** Words that say more people than those named. */
    private static final String[] GROUP = {
        "全团", "全体", "全部", "全员", "大家", "所有", "一行", "带队", "带领", "一起", "一块", "都", "其余", "剩下", "其他", "们"
    };
    /** A person right after one of these is the company or the object of the verb, not who does it. */
    private static final String OBJECT_BEFORE = "跟和与及陪送接给帮让找叫请等带替同随、@";
    /** What follows a person spoken to or speaking rather than spoken of. */
    private static final String[] ADDRESSED = {"：", ":", "早上好", "您好", "你好", "好", "辛苦", "麻烦"};

    private PersonSubject() {}

    /** How many people the clause names before {@code verbAt} as the ones it is about, or null. */
    static Integer before(Clause c, int verbAt) {
        if (verbAt <= c.start) return null;
        boolean marked = false;
        for (int i = c.start; i < verbAt && !marked; i++) marked = MARKS.indexOf(c.text.charAt(i)) >= 0;
        if (!marked) return null;
        // 我们老张: the sender's own side before the person is no group.
        String said = withoutPlaces(c.span().replace("我们", "").replace("咱们", ""));
        for (String w : GROUP) if (said.contains(w)) return null;
        int pair = pair(c, verbAt);
        List<int[]> people = VisitPersons.spans(c, c.start, verbAt);
        if (people.isEmpty()) return pair > 0 ? pair : null;
        if (pair > 0) return null;
        for (int[] p : people) {
            int i = p[0];
            if (i > c.start && c.text.charAt(i - 1) == '着') i--;
            if (i > c.start && OBJECT_BEFORE.indexOf(c.text.charAt(i - 1)) >= 0) return null;
            if (c.text.startsWith("师傅", p[1] - 2)) return null;
            int after = p[1];
            while (after < verbAt && c.text.charAt(after) == ' ') after++;
            for (String w : ADDRESSED) if (c.text.startsWith(w, after)) return null;
        }
        int last = people.get(people.size() - 1)[1];
        return saidBetween(c, last, verbAt) ? null : people.size();
    }

    /** Place names holding 都 (回成都, 首都机场), which says no group. */
    private static final String[] PLACES_WITH_ALL = {"成都", "首都", "都匀", "丰都", "花都", "江都"};

    static String withoutPlaces(String said) {
        for (String p : PLACES_WITH_ALL) said = said.replace(p, "");
        return said;
    }

    /**
     * "那俩到了", "还有俩同事坐FM9305", "他俩早饭不吃": 俩 pointed at, said to be there or said of them is two people; 0 when
     * none is said so.
     */
    private static int pair(Clause c, int verbAt) {
        for (int at = c.text.indexOf('俩', c.start); at > c.start && at < verbAt; at = c.text.indexOf('俩', at + 1)) {
            if ("那这有他她".indexOf(c.text.charAt(at - 1)) < 0) continue;
            if (at + 1 < c.text.length() && "个人位名".indexOf(c.text.charAt(at + 1)) >= 0) continue;
            return saidBetween(c, at + 1, verbAt) ? 0 : 2;
        }
        return 0;
    }

    /**
     * "他俩早饭不吃", "她俩晚上不回来吃": 俩 said of them before {@code verbAt}, in the clause or right before it (the meal's
     * word opens the clause after "他俩"), two people whatever was said before; else null.
     */
    static Integer pairOfThem(Clause c, int verbAt) {
        int from = Math.max(1, c.start - 3);
        for (int at = c.text.indexOf('俩', from); at > 0 && at < verbAt; at = c.text.indexOf('俩', at + 1)) {
            boolean said = "他她".indexOf(c.text.charAt(at - 1)) >= 0;
            if (said && (at >= c.start || c.text.substring(at + 1, c.start).isBlank())) return 2;
        }
        return null;
    }

    /** Whether a delegation or 我们 is said in {@code [from, to)}: then it, not the person, is who does it. */
    private static boolean saidBetween(Clause c, int from, int to) {
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() >= from && t.start() < to) return true;
        int we = c.text.indexOf("我们", from);
        return we >= 0 && we < to;
    }

    /**
     * The people a clause that made no record tells of, for the clauses after it ("北京一位领导睡过头了，…，早饭就不吃了",
     * "张处长单位有急事，刚刚已经先走了"): those it names one by one, or one person described (一位领导);
     * a delegation or a figure named without them ends what was carried ({@code carried}).
     */
    static int told(Clause c, int carried) {
        // 生病的那个和一个教练留下陪着: people joined part by part are counted so.
        Integer joined = JoinedPeople.count(c);
        if (joined != null) return joined;
        List<int[]> people = VisitPersons.spans(c, c.start, c.end);
        boolean one = people.isEmpty() && OnePerson.described(c) == 1;
        if (people.isEmpty() && !one)
            return c.teams().isEmpty() && c.all(Mention.Count.class).isEmpty() ? carried : 0;
        if (!c.all(Mention.Count.class).isEmpty() && !one) return 0;
        String said = c.span().replace("我们", "").replace("咱们", "");
        for (String w : GROUP) if (said.contains(w)) return 0;
        for (int[] p : people) {
            if (p[0] > c.start && OBJECT_BEFORE.indexOf(c.text.charAt(p[0] - 1)) >= 0) return 0;
            for (String w : SPEAKS) if (c.text.startsWith(w, p[1])) return 0;
        }
        return one ? 1 : people.size();
    }

    /** What a person does who passes word on rather than being its subject (刘处说, 厅长让他). */
    private static final String[] SPEAKS = {"说", "讲", "通知", "让", "叫", "要求", "安排", "：", ":"};

    /**
     * The people carried from the clauses before ({@code carried}) as who the clause tells of, when it names no one,
     * no delegation, no figure and no group of its own ("…，早饭就不吃了"); else null.
     */
    static Integer carried(Clause c, int carried) {
        if (carried <= 0 || !c.teams().isEmpty() || !c.all(Mention.Count.class).isEmpty()) return null;
        String said = c.span();
        if (said.contains("我们") || said.contains("咱们")) return null;
        for (String w : GROUP) if (said.contains(w)) return null;
        return VisitPersons.spans(c, c.start, c.end).isEmpty() ? carried : null;
    }
}
