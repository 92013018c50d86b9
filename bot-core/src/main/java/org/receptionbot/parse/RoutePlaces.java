package org.receptionbot.parse;

/**
 * A route's name said as the place people are or come back from, not as the visit they go on: "北海福成机场",
 * "从百色火车站直接走", "去柳州站", "今天住柳州", "百色回来的六个", "柳州那边的厂子",
 * "北海那边吃饭", "留百色了". Such a name is no route mention.
 */
final class RoutePlaces {
    /** Places in the route's city, right after its name or a word of name between (北海福成机场). */
    private static final String[] PLACES = {
        "机场",
        "火车站",
        "高铁站",
        "动车站",
        "市区",
        "市里",
        "的酒店",
        "住一晚",
        "住一晚上",
        // 他跟柳州那边的厂子有业务对接: a firm or office in the city, no route.
        "那边的厂",
        "那边的企业",
        "那边的公司",
        "那边的单位",
        "的厂子",
        "的企业",
        "的公司",
        // 北海那边吃饭需要清真餐: where a meal is eaten.
        "那边吃",
        "那边用餐",
        "那边就餐"
    };
    /** The city's stations, right after its name (柳州站, 北海南站). */
    private static final String[] STATIONS = {"站", "南站", "北站", "东站", "西站"};
    /** How far after the name a place word may start. */
    private static final int REACH = 3;
    /** Coming back from there (百色回来的, 北海回南宁). */
    private static final String[] BACK = {"回来", "回南宁", "回山庄", "返回"};

    /** Staying behind, right before the city's name. */
    private static final String[] STAYED = {"留", "留在", "待在", "呆在", "留守"};

    private RoutePlaces() {}

    /** Whether the statement goes on to say coming back (明天自己回). */
    private static boolean backLater(String text, int from) {
        for (int i = from; i < text.length() && Clause.SEPARATORS.indexOf(text.charAt(i)) < 0; i++)
            if (text.charAt(i) == '回') return true;
        return false;
    }

    /** Whether the route named at [start, end) is said as a place. */
    static boolean place(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) == '住' || start > 1 && text.startsWith("住在", start - 2)) return true;
        // 有一个同志留百色了, 留在北海走亲戚: someone staying behind in the city, no one signed up for the visit.
        // (有两位留在北海明天自己回: the route's people coming back on their own stay the route's.)
        for (String w : STAYED)
            if (start >= w.length()
                    && text.startsWith(w, start - w.length())
                    && !text.startsWith("线", end)
                    && !backLater(text, end)) return true;
        for (String w : BACK) if (text.startsWith(w, end)) return true;
        // 去柳州站, 柳州南站: the city's railway station right after its name.
        for (String w : STATIONS) if (text.startsWith(w, end)) return true;
        for (int i = end; i <= Math.min(text.length(), end + REACH); i++) {
            if (i > end && Clause.SEPARATORS.indexOf(text.charAt(i - 1)) >= 0) return false;
            for (String w : PLACES) if (text.startsWith(w, i)) return true;
        }
        return false;
    }
}
