package org.receptionbot.parse;

import java.util.List;

/**
 * "有8个去比赛场馆吃盒饭", "中午去市里吃": going somewhere to eat that is not one of the event's dining
 * places takes those people off the meal (a cancellation). 去餐厅吃, 去九院吃 are the meal itself.
 */
final class EatingAway {
    /** Words of the event's own dining places: eating there is no cancellation. */
    private static final String[] HOME = {
        "餐厅", "食堂", "饭堂", "酒店", "宾馆", "民宿", "九院", "土家", "山寨", "自助", "住地", "驻地", "吃饭", "楼"
    };

    private static final int PLACE = 6;

    private EatingAway() {}

    /** Adds a cancellation when 去 at {@code at} is followed, within a few characters, by eating. */
    static void scan(String text, int at, List<CueTable.Hit> hits) {
        int limit = Math.min(text.length(), at + 1 + PLACE);
        for (int i = at + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i)) {
                String place = text.substring(at + 1, i);
                for (String home : HOME) if (place.contains(home)) return;
                hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
                return;
            }
        }
    }
}
