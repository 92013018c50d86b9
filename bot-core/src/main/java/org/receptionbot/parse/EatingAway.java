package org.receptionbot.parse;

import java.util.List;
import java.util.stream.Stream;
import org.receptionbot.event.Event;

/**
 * "有8个去比赛场馆吃盒饭", "中午去市里吃": going somewhere to eat that is not one of the event's dining
 * places takes those people off the meal (a cancellation). 去餐厅吃, 去宾馆吃 and a venue or hotel of the
 * event file by (part of) its name ("去九院吃" for 九院宾馆自助餐厅) are the meal itself.
 */
final class EatingAway {
    /** Words of any event's own dining places: eating there is no cancellation. */
    private static final String[] HOME = {"餐厅", "食堂", "饭堂", "酒店", "宾馆", "民宿", "自助", "住地", "驻地", "吃饭", "楼"};

    private static final int PLACE = 6;

    /** The names of this event's venues and hotels. */
    private final List<String> places;

    EatingAway(Event event) {
        this.places = Stream.concat(
                        event.venues().stream().map(v -> v.name()),
                        event.hotels().stream().map(h -> h.name()))
                .toList();
    }

    /** Adds a cancellation when 去 at {@code at} is followed, within a few characters, by eating. */
    void scan(String text, int at, List<CueTable.Hit> hits) {
        int limit = Math.min(text.length(), at + 1 + PLACE);
        // 篝火晚会要去 晚饭照常吃: the statement ends right after 去.
        if (at + 1 < limit && Clause.SEPARATORS.indexOf(text.charAt(at + 1)) >= 0) return;
        for (int i = at + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i)) {
                if (!home(text.substring(at + 1, i))) hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
                return;
            }
        }
    }

    /** Characters before 在 that make it no place (现在吃, 正在吃, 不在…吃 is read on its own). */
    private static final String NOT_AFTER_AT = "现正还实存所好自不";

    /**
     * "午饭在赛场吃盒饭", "晚上在市里吃": eating at a place of two characters or more that is none of the
     * event's dining places (nor 这边, 那边, the room) takes the people off the meal; "在恩施吃的那家"
     * and "在那吃过" tell of a place, not of a meal.
     */
    void scanAt(String text, int at, List<CueTable.Hit> hits) {
        if (at > 0 && NOT_AFTER_AT.indexOf(text.charAt(at - 1)) >= 0) return;
        int limit = Math.min(text.length(), at + 1 + PLACE);
        for (int i = at + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i)) {
                String place = text.substring(at + 1, i);
                boolean here = place.contains("这") || place.contains("那") || place.contains("哪") || place.contains("房");
                // 上周在恩施吃的那家: eating said of the past or of a place is no meal taken off.
                boolean told = i + 1 < text.length() && "的过".indexOf(text.charAt(i + 1)) >= 0;
                if (told) return;
                if (place.length() >= 2 && !here && !home(place)) hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
                return;
            }
        }
    }

    private boolean home(String place) {
        for (String word : HOME) if (place.contains(word)) return true;
        if (place.length() < 2) return false;
        for (String name : places) if (name.contains(place)) return true;
        return false;
    }
}
