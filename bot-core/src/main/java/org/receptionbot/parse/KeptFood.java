package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * The one table of "keep food for N people" requests ("给他们留4份", "给晚到的4个留饭", "留3份饭", "他们5个人要留一下饭"):
 * the words of whom the food is for, of keeping it and of the food kept, and the patterns built from them. Read by
 * {@link KeptForGroup} (the kept portions are no meal's figure) and by the conversation's kept portions (the request is
 * a meal matter for the coordinators).
 */
public final class KeptFood {
    /** Numerals of a figure; 俩 and 仨 only where a group is counted. */
    private static final String NUMERALS = "一二两三四五六七八九十";

    private static final String COLLOQUIAL = "俩仨";
    /** A character of the same stretch: no space, comma, stop or colon. */
    private static final String SAME_STRETCH = "[^\\s，,。！!？?、：:]";
    /** Asked of someone for others: 给, 帮, 替, 为. */
    private static final String FOR = "(?:给|帮|替|为)";
    /** A counted group's unit: 个人, 个, 位, 名. */
    private static final String HEADS = "(?:个人|个|位|名)";
    /** The food itself: 饭, 餐. */
    private static final String MEAL = "(?:饭|餐)";
    /** Portions counted: 份, 个人的, 人的. */
    private static final String PORTIONS = "(?:份|个人的|人的)";
    /** Keeping: 留, 留出, 留下. */
    private static final String KEEP = "留(?:出|下)?";
    /** Before keeping: 各, 预 (各留, 预留). */
    private static final String EACH_AHEAD = "(?:各)?(?:预)?";
    /** The food not said kept already (留饭了) nor described (留饭的). */
    private static final String NOT_DONE = "(?![了的])";
    /** Who the food is kept for, pointed back to: 他们, 这几个人. */
    private static final String POINTED = "(?:他们|她们|这几个人?|那几个人?|这些人|那些人)(?:几个)?";

    private static final String FIGURE = figure(NUMERALS + COLLOQUIAL, true);

    /** Who the food is kept for, said with what keeps them: 晚到的4个, 还在比赛的4个人, 4个晚回来的. */
    private static final String LATE_GROUP = "(?:" + SAME_STRETCH + "{1,8}?的\\s*" + FIGURE + "\\s*(?:个人|个|位|名|人)?|"
            + FIGURE + "\\s*" + HEADS + SAME_STRETCH + "{1,6}?的(?:人|队员|运动员)?)";
    /** The portions or the food kept: 4份, 4个人的, 饭, 份饭. */
    private static final String FOOD = "(?:" + FIGURE + "\\s*" + PORTIONS + "|(?:个|点|份)?" + MEAL + ")";

    /**
     * Portions kept: the figure after 留 ("留3份饭", "留出两个人的饭") or the people before it ("他们5个人要留一下饭");
     * not one said done ("给4个人留饭了") or asked about ("4个留饭的吃上了吗").
     */
    static final Pattern KEPT_AFTER = Pattern.compile("留\\s*(?:出|下)?\\s*" + figure(NUMERALS, true)
            + "\\s*(?:份|个人的?" + MEAL + "|人的?" + MEAL + ")|" + figure(NUMERALS, true)
            + "\\s*(?:个人?|位|人)\\s*(?:要|需要)?\\s*留\\s*(?:一下|下|个|份|点)?\\s*" + MEAL + NOT_DONE);
    /** Food kept for a counted group said in the request: 给没回来的5个留饭, 帮还在比赛的两个人留饭. */
    static final Pattern FOR_COUNTED =
            Pattern.compile(FOR + SAME_STRETCH + "{0,10}?" + figure(NUMERALS + COLLOQUIAL, false) + "\\s*" + HEADS
                    + SAME_STRETCH + "{0,6}?" + KEEP + "(?:个|点|份)?" + MEAL + NOT_DONE);
    /** Kept for them, the portions counted (group 1): 给他们留4份, 帮他们留两份饭, 给这几个人留3份. */
    static final Pattern FOR_POINTED =
            Pattern.compile(FOR + POINTED + EACH_AHEAD + KEEP + "(?:个|一下)?\\s*" + FIGURE + "\\s*" + PORTIONS);
    /** Kept for the late group said in the request: 给晚到的4个留饭, 帮还在比赛的两个人留两份. */
    static final Pattern FOR_LATE_GROUP = Pattern.compile(FOR + LATE_GROUP + EACH_AHEAD + KEEP + "(?:一下)?\\s*" + FOOD);
    /**
     * Portions asked kept with no one named between the asking and the keeping, the portions counted (group 1): 给留2份饭,
     * 帮忙留两份, 麻烦给留3份: whom they are for is said before the request, if anywhere.
     */
    static final Pattern PORTIONS_ONLY =
            Pattern.compile("(?:给|帮忙|帮|麻烦)" + EACH_AHEAD + KEEP + "(?:一下)?\\s*" + FIGURE + "\\s*份" + NOT_DONE);

    /** Said right before the request, it tells of food kept already, no request: 已经给晚到的4个留饭了. */
    static final Pattern DONE_BEFORE = Pattern.compile("(?:已经|已|都)\\s*$");

    private KeptFood() {}

    /** Whether {@code text} asks for portions kept, for a group counted before 留 or by the figure after it. */
    public static boolean asked(String text) {
        return KEPT_AFTER.matcher(text).find() || FOR_COUNTED.matcher(text).find();
    }

    private static String figure(String numerals, boolean captured) {
        return (captured ? "(" : "(?:") + "[0-9]{1,3}|[" + numerals + "]{1,3})";
    }
}
