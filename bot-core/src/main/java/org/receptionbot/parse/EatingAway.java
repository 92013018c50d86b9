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
        for (int i = at + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i)) {
                if (!home(text.substring(at + 1, i))) hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
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
