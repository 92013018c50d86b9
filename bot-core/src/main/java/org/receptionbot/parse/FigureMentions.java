package org.receptionbot.parse;

import java.util.regex.Pattern;

/** Figures of people: with a unit ({@link UnitCounts}), vague (十几个), 俩 and 仨, and bare numbers. */
final class FigureMentions {
    /** Two adjacent numerals, a range: 七八, 三四. */
    private static final String ADJACENT = "(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)";
    /** Not a range of people: a clock time, a date, a month or more digits after it (七八点, 十二三号). */
    private static final String NO_CLOCK = "(?![0-9一二两三四五六七八九十点时号日月:：])";
    /**
     * A figure that is no figure: 十几个, 二三十人, 七八个, 20多人, 好几个; a range with 十 needs no unit (中午二十七八, 三四十吧),
     * nor does an estimate with 左右/上下 or 差不多 (三十左右, 差不多30, 差不多吧46).
     */
    private static final Pattern VAGUE = Pattern.compile("[一二两三四五六七八九]?十" + ADJACENT + NO_CLOCK + "(?:个人|个|人|位|名)?"
            + "|" + ADJACENT + "十" + NO_CLOCK + "(?:个人|个|人|位|名)?"
            + "|(?:[一二两三四五六七八九]?十几|几十|[一二两三四五六七八九]{2}十|[一二两三四五六七八九]{2}|\\d{1,3} ?[多来]"
            + "|[一二两三四五六七八九十]+[多来]|好几|几)(?:个人|个|人|位|名)"
            + "|(?<![0-9零一二两三四五六七八九十百点:：时分])(?:\\d{1,3}|[一二两三四五六七八九十百]{1,4}) ?(?:个人|个|人|位|名)?(?:左右|上下)"
            + "|差不多(?:吧|啊|呢)?[ ，,]?(?:是|有)?(?:\\d{1,3}|[一二两三四五六七八九十百]{1,4})" + NO_CLOCK + "(?:个人|个|人|位|名)?"
            + "|[一二两三四五六七八九十百]把(?:个人|个|人|位|名)"
            + "|(?:一半|一部分|部分|大部分|少部分|个别|有些|有的)(?:的)?(?:人|队员|同志|运动员)");
    /** The characters a match of {@link #VAGUE} may start with: the search tries no other place. */
    private static final String VAGUE_FIRST = "0123456789一二两三四五六七八九十百几好部大少个有差";
    /**
     * 俩 and 仨 carry their own unit after a change or a movement (多俩, 少仨, 来了仨) and after the people
     * they count (处长和司机俩, 他们仨, 两个教练俩, 他俩, 她仨), and after 也/是 as another figure the same
     * (早饭也仨, 晚宴也是仨), and after 还有, 剩下, 其余 or a space as the part of the delegation it names (还有俩明天到,
     * 剩下俩在山庄休息, 另外俩吃完早饭就走, 29个 俩睡过头了).
     */
    private static final Pattern PAIR = Pattern.compile("(?<=[多少加减来走到了们机长员导练师他她咱也是 ]|还有|剩下|其余|另外)[俩仨](?![个人位名])");
    /** "有俩不去北海了", "有仨想去柳州": 俩 or 仨 right after 有, before what they do, are the people of the statement. */
    private static final Pattern HAS_PAIR = Pattern.compile("(?<=有)[俩仨](?=[都也要改换不去还先就原本今明下上坐想临说没])");
    /** What follows 俩 or 仨 standing as the subject: an adverb, a verb or a day (俩都换, 仨原来, 俩明天走). */
    private static final String SUBJECT_NEXT = "都也要改换不去还先就原本今明下上坐";
    /** "去柳州的俩都换到百色": 俩 or 仨 after 的, right before what they do, are the people of the statement. */
    private static final Pattern SUBJECT_PAIR = Pattern.compile("(?<=的)[俩仨](?=[" + SUBJECT_NEXT + "])");
    /**
     * "剩下那位明天走", "另外那位坐高铁", "其余那位今晚先回": the one person left of the people said, pointed at after
     * 剩下/另外/其余, is a figure of one (留下的那位 is {@link PersonSubject}'s).
     */
    private static final Pattern LAST_ONE = Pattern.compile("(?<=(?:剩下|另外|其余|剩)(?:的)?)那(?:一)?(?:位|个人)");
    /** A meal's word, then 要 (maybe after 还/也/就): "宵夜要三十", "晚饭也要四十五" want that many. */
    private static final String MEAL_WANTS = "(?:[饭餐]|宵夜|夜宵|中午|晚上|早上|今晚|明晚|明早|今早|晚宴|午宴)[还也就]?要";
    /**
     * A figure in Chinese numerals with no unit, standing alone after a label, a name or a meal ("人数：三十二",
     * "湖南 三十", "晚饭五十二", "明早三十五", "今晚三十一", "早饭全体五十五", "全团五十二", "中午吃饭的四十", "宵夜要三十"), or right
     * before the next meal ("早饭三十五中饭三十五") or before all of them said to come ("晚饭三十六全到", "中午四十一都到").
     */
    private static final Pattern BARE_WORD =
            Pattern.compile("(?<=^|[ \\n:为报是样餐饭也]|[吃饭餐]的|实到|上来|人数|全体|全部|全员|全团|全队|一共|总共|中午|晚上|今晚|明晚|早上|明早|今早|宵夜|夜宵|晚宴|午宴"
                    + "|" + MEAL_WANTS + ")([零一二两三四五六七八九十百廿卅]{2,6}|十|廿|卅)"
                    + "(?=$|[ \\n,，。;；!！、~]|" + MealWords.NEXT_MEAL + "|[全都]到|全部到)");
    /** "青岛 中午三 晚上不吃": one Chinese digit right after a meal or its part of the day, ending the word, is its figure. */
    private static final Pattern ONE_DIGIT_MEAL =
            Pattern.compile("(?<=中午|晚上|今晚|明晚|早上|明早|今早|[餐饭宴])([一二两三四五六七八九])(?=$|[ \\n,，。;；!！、~])");
    /** "大连中午仨 晚上不回", "午饭俩": 俩 or 仨 right after a meal or its part of the day, ending the word, is its figure. */
    private static final Pattern MEAL_PAIR =
            Pattern.compile("(?<=中午|晚上|今晚|明晚|早上|明早|今早|[餐饭宴])[俩仨](?=$|[ \\n,，。;；!！、~])");
    /** 减二, 少三: a one-digit Chinese numeral right after 减 or 少 that ends the statement is a figure of people. */
    private static final Pattern TAKEN_OFF = Pattern.compile("(?<=[减少])[一二两三四五六七八九](?=$|[ \\n,，。;；!！、~])");
    /** Groups, not people, after the figure: 已报31个团, 代表团共9个 (a tally of delegations, vehicles or routes). */
    private static final Pattern UNITS_COUNTED = Pattern.compile(" ?个?(?:团|代表团|代表队|队(?!员)|省|家单位|个?批|辆|条线)");

    private static final CharSet CN = new CharSet("零〇一二两三四五六七八九十廿卅");
    private static final CharSet BEFORE_WORD_FIGURE = new CharSet(" \n:为报是到样餐饭午上夜宴数早晚体部员团队共来的也要");

    private FigureMentions() {}

    /** Vague figures first (those a guess says, {@link EstimateWords}, then 二三十人), so they are no count; then counts with their unit. */
    static void counted(Spans s, boolean latin) {
        String text = s.text;
        EstimateWords.scan(s);
        if (vagueCue(text)) s.findNear(VAGUE, VAGUE_FIRST, 0, m -> new Mention.Vague(m.start(), m.end()));
        if (Spans.contains(text, "人位名个份") || latin) UnitCounts.scan(s);
    }

    /** 多俩, then figures in numerals alone after a label, then bare numbers, on what is left. */
    static void bare(Spans s, boolean digits) {
        String text = s.text;
        if (Spans.contains(text, "俩仨")) {
            s.find(PAIR, m -> new Mention.Count(m.group().equals("俩") ? 2 : 3, true, m.start(), m.end()));
            s.find(SUBJECT_PAIR, m -> new Mention.Count(m.group().equals("俩") ? 2 : 3, true, m.start(), m.end()));
            s.find(HAS_PAIR, m -> new Mention.Count(m.group().equals("俩") ? 2 : 3, true, m.start(), m.end()));
            s.find(MEAL_PAIR, m -> new Mention.Count(m.group().equals("俩") ? 2 : 3, true, m.start(), m.end()));
        }
        if (Spans.contains(text, "那")) s.find(LAST_ONE, m -> new Mention.Count(1, true, m.start(), m.end()));
        if (Spans.contains(text, "减少"))
            s.find(TAKEN_OFF, m -> new Mention.Count(ChineseNumerals.value(m.group()), true, m.start(), m.end()));
        afterTeams(s);
        VehicleNumerals.scan(s);
        PointedGroups.scan(s);
        if (wordFigureCue(text)) {
            s.findNear(BARE_WORD, "零一二两三四五六七八九十百廿卅", 0, m -> {
                int n = ChineseNumerals.value(m.group(1));
                return n <= 0 ? null : new Mention.Count(n, false, m.start(), m.end());
            });
            s.findNear(ONE_DIGIT_MEAL, "一二两三四五六七八九", 0, m -> {
                int n = ChineseNumerals.value(m.group(1));
                return n <= 0 ? null : new Mention.Count(n, false, m.start(), m.end());
            });
        }
        if (digits && AddedOn.mayHold(text)) AddedOn.scan(s);
        if (digits) BareNumbers.scan(s);
    }

    /**
     * "江西5 安徽5 福建六", "湖南十二": a figure in Chinese numerals right after a delegation's name (a space
     * between at most) that ends the word is that delegation's figure, one digit long or more.
     */
    private static void afterTeams(Spans s) {
        String text = s.text;
        for (int k = 0, teams = s.found.size(); k < teams; k++) {
            if (!(s.found.get(k) instanceof Mention.Team t)) continue;
            int from = t.end() < text.length() && text.charAt(t.end()) == ' ' ? t.end() + 1 : t.end();
            if (from < text.length()
                    && (text.charAt(from) == '俩' || text.charAt(from) == '仨')
                    && (from + 1 == text.length()
                            || SUBJECT_NEXT.indexOf(text.charAt(from + 1)) >= 0
                            || ENDS_FIGURE.has(text.charAt(from + 1)))
                    && s.free(from, from + 1)) {
                // 宁波仨原来说下午到, 宁夏仨 北海: 俩 or 仨 right after the name, before what they do or ending the
                // word, count its people.
                s.add(new Mention.Count(text.charAt(from) == '俩' ? 2 : 3, true, from, from + 1));
                continue;
            }
            int to = from;
            while (to < text.length() && to - from < 6 && NUMERAL.has(text.charAt(to))) to++;
            if (to == from || to < text.length() && !ENDS_FIGURE.has(text.charAt(to)) || !s.free(from, to)) continue;
            // 福建六 32: a numeral glued to the name with a figure of its own after it is a slip; the figure stands.
            if (from == t.end() && figureFollows(text, to)) continue;
            int n = ChineseNumerals.value(text.substring(from, to));
            if (n > 0) s.add(new Mention.Count(n, false, from, to));
        }
    }

    /** A space, then digits ending the line or followed by a unit of people (福建六 32, 湖南三 35人). */
    private static boolean figureFollows(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') return false;
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
        if (i == digits) return false;
        return i == text.length() || ENDS_FIGURE.has(text.charAt(i)) || "人个位名+（(".indexOf(text.charAt(i)) >= 0;
    }

    private static final CharSet NUMERAL = new CharSet("零一二两三四五六七八九十百廿卅");
    private static final CharSet ENDS_FIGURE = new CharSet(" \n,，。;；!！、~");

    /** Whether the text may hold a vague figure: 几, 多/来 after a numeral, 半, 部分, 些, 个别, or two numerals in a row. */
    private static boolean vagueCue(String text) {
        char p = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '几' || c == '半' || c == '些' || c == '别' || c == '分' && p == '部') return true;
            // 30个左右, 三十人上下, 十把个: about so many.
            if (c == '右' && p == '左' || c == '下' && p == '上' || c == '把' && isCn(p)) return true;
            // 差不多30: an estimate.
            if (c == '多' && p == '不') return true;
            if (i > 0) {
                if ((c == '多' || c == '来') && (isCn(p) || p >= '0' && p <= '9' || p == ' ')) return true;
                if (isCn(c) && isCn(p) && c != '十' && "十廿卅".indexOf(p) < 0) return true;
            }
            p = c;
        }
        return false;
    }

    /** Whether a Chinese numeral follows the start, a space, a line break, a colon, 为/报/是, 人数 or a meal word's end. */
    private static boolean wordFigureCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCn(text.charAt(i)) && (i == 0 || BEFORE_WORD_FIGURE.has(text.charAt(i - 1)))) return true;
        }
        return false;
    }

    /** 零〇一二两三四五六七八九十. */
    static boolean isCn(char c) {
        return CN.has(c);
    }

    /** Whether groups, not people, follow a figure that ends at {@code end}. */
    static boolean unitsCounted(String text, int end) {
        return UNITS_COUNTED.matcher(text).region(end, text.length()).lookingAt();
    }

    /** 代表团共9个, 队共12个: a figure right after a group and 共 counts the groups. */
    static boolean groupsTallied(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '共' && "团队".indexOf(text.charAt(start - 2)) >= 0;
    }
}
