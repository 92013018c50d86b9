package org.receptionbot.parse;

/**
 * "柳州线6个晚上不回来吃了 酒店就剩1个", "百色线去了4个 山庄还剩2个": a figure of what is left, said of the place people stay
 * (酒店, 山庄, 房间) right before its lead word, is of the people left behind there, not of the route named before.
 */
final class LeftAtLodging {
    /** Places people stay at during the event. */
    private static final String[] LODGINGS = {"酒店", "宾馆", "山庄", "房间", "民宿", "住地", "驻地", "住处"};
    /** What may stand between the place and the lead word of the figure. */
    private static final String[] TAILS = {"", "里", "这边", "那边", "里面", "就", "还", "只"};
    /** Lead words of what is left. */
    private static final String[] LEFT = {"就剩下", "就剩", "还剩下", "还剩", "只剩下", "只剩", "剩下", "剩"};

    private LeftAtLodging() {}

    /** Whether the figure starting at {@code figure} is what is left at a lodging, said after {@code from}. */
    static boolean at(String text, int figure, int from) {
        int i = figure;
        while (i > from && " ,，".indexOf(text.charAt(i - 1)) >= 0) i--;
        for (String left : LEFT) {
            int w = i - left.length();
            if (w < from || !text.startsWith(left, w)) continue;
            for (String tail : TAILS)
                for (String place : LODGINGS) {
                    int p = w - tail.length() - place.length();
                    if (p >= from && text.startsWith(place + tail, p)) return true;
                }
        }
        return false;
    }
}
