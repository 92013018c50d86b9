package org.receptionbot.parse;

/**
 * A figure with its unit of people: 35人, 三十五个, 5 位, 30ren (a unit typed in pinyin when the input
 * method slipped counts as the unit). A hand-written scanner that finds exactly what the expression
 * {@code (?<![第每哪某\d])(\d{1,5}|(?<![这那零一二两俩仨三四五六七八九十百千廿卅])[零一二两俩仨三四五六七八九十百千]{1,6}) ?(个人|口人|个|人|位|名|份|REN(?![A-Z])|GE(?![A-Z]))(?!NOT_AFTER)}
 * finds, without its cost on every character; after 那/这 only people counted in a people-only unit (那五个人,
 * {@link #pointedPeople}) or people before their ticket are a figure.
 */
final class UnitCounts {
    private static final String NUMERALS = "零一二两俩仨三四五六七八九十百千廿卅";
    private static final String[] UNITS = {"个人", "口人", "个", "人", "位", "名", "份", "REN", "GE"};

    private UnitCounts() {}

    static void scan(Spans s) {
        String text = s.text;
        int i = 0;
        while (i < text.length()) {
            int end = matchAt(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (s.free(i, end)) {
                int figureEnd = figureEnd(text, i);
                int n = ChineseNumerals.value(text.substring(i, figureEnd));
                // 两个多小时, 半个钟头: 个 before a unit of time counts no one.
                if (n >= 0
                        && !FigureMentions.groupsTallied(text, i)
                        && !(n == 1 && none(text, i, end))
                        && !UnitFigures.unitAfter(text, figureEnd)) s.add(new Mention.Count(n, true, i, end));
            }
            i = end;
        }
    }

    /** What follows 一个 when it means no one: 一个都不回, 一个也不吃, 一个人都没来. */
    private static final String[] NONE = {"都不", "也不", "都没", "也没", "都莫", "都唔"};

    /** "酒店中午一个都不回": 一个 with 都不 after it is no one, no figure of one (那1个也不吃了 is that one). */
    private static boolean none(String text, int at, int end) {
        if (text.charAt(at) != '一' || at > 0 && "那这".indexOf(text.charAt(at - 1)) >= 0) return false;
        for (String w : NONE) if (text.startsWith(w, end)) return true;
        return false;
    }

    /** Where a count that starts at {@code at} ends, or -1. */
    private static int matchAt(String text, int at) {
        char before = at > 0 ? text.charAt(at - 1) : 0;
        if (at > 0 && ("第每哪某".indexOf(before) >= 0 || isDigit(before))) return -1;
        int digits = run(text, at, true, 5);
        for (int k = digits; k >= 1; k--) {
            int end = afterUnit(text, at + k);
            if (end >= 0) return end;
        }
        if (at > 0 && (before == '这' || before == '那')) {
            int people = pointedPeople(text, at);
            return people >= 0 ? people : pointedTicket(text, at);
        }
        // 那三十一个: a figure starts with its first numeral, never inside one (not 十一个 there).
        if (at > 0 && NUMERALS.indexOf(before) >= 0) return -1;
        return numeralsAt(text, at);
    }

    /** Where a count in numerals that starts at {@code at} ends (三十一个), or -1; no look at what is before it. */
    static int numeralsAt(String text, int at) {
        int numerals = run(text, at, false, 6);
        for (int k = numerals; k >= 1; k--) {
            int end = afterUnit(text, at + k);
            if (end >= 0) return end;
        }
        return -1;
    }

    /**
     * "那五个人下午3点走", "这三位明早的航班": people pointed at in numerals with a unit that counts only people, then
     * when they move, are as many as said, like 那5个人; where the count ends, or -1. 那两个 alone may point back at anything (see
     * {@link PointedGroups}).
     */
    private static int pointedPeople(String text, int at) {
        int end = figureEnd(text, at);
        if (end == at) return -1;
        int p = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        for (String unit : UNITS)
            if (people(unit) && text.startsWith(unit, p) && !UnitFollowers.notAfter(text, p + unit.length()))
                return whenFollows(text, p + unit.length()) ? p + unit.length() : -1;
        return -1;
    }

    /** Who they are, then when they move (那两位领导明天早上…): a plan of theirs; "那三个人到了" points back instead. */
    private static final String[] WHO = {"领导", "队员", "运动员", "同志", "老师", "教练", "代表"};

    private static final String[] WHEN = {
        "今天", "明天", "后天", "今晚", "明早", "明晚", "上午", "下午", "晚上", "早上", "中午", "凌晨", "傍晚", "星期", "周"
    };

    private static boolean whenFollows(String text, int at) {
        int p = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        for (String w : WHO)
            if (text.startsWith(w, p)) {
                p += w.length();
                break;
            }
        if (p < text.length() && text.charAt(p) == ' ') p++;
        if (p < text.length() && isDigit(text.charAt(p))) return true;
        for (String w : WHEN) if (text.startsWith(w, p)) return true;
        return false;
    }

    /**
     * "晚上那2个航班号是HO1127", "这两个的车次是D8227": the people pointed at, then their ticket; where the
     * count ends, or -1.
     */
    private static int pointedTicket(String text, int at) {
        int end = figureEnd(text, at);
        if (end == at || !text.startsWith("个", end)) return -1;
        for (String w : POINTED_TICKET) if (text.startsWith(w, end + 1)) return end + 1;
        // 下午那三个HU7381的刚落地: the people pointed at, then their flight's code.
        return ticketCode(text, end + 1) ? end + 1 : -1;
    }

    /** Two capitals or a capital and a digit, then digits: a train or flight's code (HU7381, G1286, 3U8962 aside). */
    private static boolean ticketCode(String text, int at) {
        if (at + 3 >= text.length() || !capital(text.charAt(at))) return false;
        char second = text.charAt(at + 1);
        return (capital(second) || isDigit(second)) && isDigit(text.charAt(at + 2));
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static final String[] POINTED_TICKET = {"航班号", "的航班", "车次", "的车次", "坐的", "乘坐"};

    /** Where the figure read by {@link #matchAt} ends: its digits or numerals up to the unit. */
    static int figureEnd(String text, int at) {
        int digits = run(text, at, true, 5);
        return at + (digits > 0 ? digits : run(text, at, false, 6));
    }

    private static int run(String text, int at, boolean digits, int max) {
        int n = 0;
        while (n < max && at + n < text.length()) {
            char c = text.charAt(at + n);
            if (digits ? !isDigit(c) : NUMERALS.indexOf(c) < 0) break;
            n++;
        }
        return n;
    }

    /** What after 人 makes it the subject of a remark, not a unit, when a space parts it from the figure. */
    private static final String PEOPLE_DO = "都全已齐还也";

    private static int afterUnit(String text, int at) {
        int p = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        for (String unit : UNITS) {
            if (!text.startsWith(unit, p)) continue;
            int end = p + unit.length();
            // 北海3 人都在车上了: 人 after a space, then 都/已…, opens what the people do; the figure is bare.
            if (p > at && unit.equals("人") && end < text.length() && PEOPLE_DO.indexOf(text.charAt(end)) >= 0) continue;
            if (unit.charAt(0) < 0x80 && end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z')
                continue;
            if (!UnitFollowers.notAfter(text, end) || people(unit) && UnitFollowers.dayOrTicket(text, end)) return end;
        }
        return -1;
    }

    /** Units that can only count people (not 个, which also counts weeks and flights: 两个星期, 2个航班). */
    private static boolean people(String unit) {
        return unit.equals("人") || unit.equals("个人") || unit.equals("位") || unit.equals("名");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
