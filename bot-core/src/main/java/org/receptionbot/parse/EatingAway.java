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

    /** The words that name this event's site-visit routes (百色线, 百色, 北海组). */
    private final List<String> routes;

    EatingAway(Event event) {
        this.routes = event.visits().stream().flatMap(r -> r.words().stream()).toList();
        this.places = Stream.concat(
                        event.venues().stream().map(v -> v.name()),
                        event.hotels().stream().map(h -> h.name()))
                .toList();
    }

    /** What ends a venue's or hotel's name after its own part (九院 of 九院宾馆自助餐厅, 云上 of 云上民宿). */
    private static final String[] KINDS = {"自助餐厅", "餐厅", "食堂", "大酒店", "酒店", "宾馆", "民宿", "山庄", "山寨", "农庄", "饭店", "酒楼"};

    /**
     * The words that name this event's venues and hotels: each whole name and its own part before the kind of
     * place (九院宾馆自助餐厅 gives 九院宾馆自助餐厅, 九院宾馆, 九院), of two characters or more, and 自助.
     */
    List<String> ownNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        names.add("自助");
        for (String name : places) {
            String head = name;
            names.add(head);
            boolean cut = true;
            while (cut) {
                cut = false;
                for (String k : KINDS) {
                    if (head.length() > k.length() + 1 && head.endsWith(k)) {
                        head = head.substring(0, head.length() - k.length());
                        names.add(head);
                        cut = true;
                    }
                }
            }
        }
        names.removeIf(n -> n.length() < 2);
        return List.copyOf(names);
    }

    /** Adds a cancellation when 去 at {@code at} is followed, within a few characters, by eating. */
    void scan(String text, int at, List<CueTable.Hit> hits) {
        // 去比赛场馆那边吃: a place of fewer than PLACE characters, and maybe "around there" after it.
        int limit = Math.min(text.length(), at + 1 + PLACE + 2);
        // 篝火晚会要去 晚饭照常吃: the statement ends right after 去.
        if (at + 1 < limit && Clause.SEPARATORS.indexOf(text.charAt(at + 1)) >= 0) return;
        for (int i = at + 2; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i)) {
                String place = text.substring(at + 1, i);
                if (nearby(place).length() >= PLACE) return;
                if (!home(place)) hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
                return;
            }
        }
    }

    /** Characters before 在 that make it no place (现在吃, 正在吃, 不在…吃 is read on its own). */
    private static final String NOT_AFTER_AT = "现正还实存所好自不";

    /**
     * "午饭在赛场吃盒饭", "晚上在市里吃", "早饭在房间吃点面包": eating at a place of two characters or more that is
     * none of the event's dining places (nor 这边, 那边) takes the people off the meal; "在恩施吃的那家" and
     * "在那吃过" tell of a place, not of a meal. "中午在土家山寨吃", "明天还在这吃": eating at one of the event's own
     * places (its venues and hotels by part of their name, 这边, 酒店, 餐厅) marks the place as {@link Cue#HERE}.
     */
    void scanAt(String text, int at, List<CueTable.Hit> hits) {
        boolean still = at > 0 && text.charAt(at - 1) == '还';
        if (at > 0 && !still && NOT_AFTER_AT.indexOf(text.charAt(at - 1)) >= 0) return;
        int limit = Math.min(text.length(), at + 1 + PLACE + 2);
        for (int i = at + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            boolean fetch = text.startsWith("领餐", i) || text.startsWith("领饭", i);
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i) || fetch) {
                String said = text.substring(at + 1, i);
                if (nearby(said).length() >= PLACE) return;
                // 有4个在场馆那边吃: some people said right before eating over there are people away all the same.
                String place = figureAround(text, at) && !partBefore(text, at) ? said : nearby(said);
                boolean here = place.contains("这") || place.contains("那") || place.contains("哪");
                // 去百色的5个晚饭也在那边吃: over there, after a route named on the line, is the route's site.
                if (here && siteMeant(text, at, place)) {
                    hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
                    return;
                }
                // 上周在恩施吃的那家: eating said of the past or of a place is no meal taken off.
                int after = fetch ? i + 2 : i + 1;
                // 在房间吃药: medicine, no meal.
                boolean told = after < text.length() && "的过药".indexOf(text.charAt(after)) >= 0;
                // 在7点之前吃完, 在闭幕式前吃: a time, no place.
                if (told || timeSaid(said)) return;
                boolean own = place.contains("这") && !place.contains("那") || ours(place);
                if (own && !place.contains("房")) hits.add(new CueTable.Hit(Cue.HERE, at, i));
                else if (!still && place.length() >= 2 && !here && !home(place) && !roomServed(place, text))
                    hits.add(new CueTable.Hit(Cue.CANCEL, at, fetch ? i + 2 : i + 1));
                return;
            }
        }
    }

    /** Words of "over there" that, after a route, point to its site. */
    private static final String[] THERE = {"那边", "那里", "那儿"};

    /** Whether {@code place} is "over there" and the line before {@code at} names a site-visit route. */
    private boolean siteMeant(String text, int at, String place) {
        if (routes.isEmpty() || !java.util.Arrays.asList(THERE).contains(place.strip())) return false;
        String line = text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
        for (String r : routes) if (line.contains(r)) return true;
        return false;
    }

    /** What is said between 在 and eating names a time (7点之前, 闭幕式前, 六点半以后), no place. */
    private static boolean timeSaid(String said) {
        String s = said.strip();
        for (String w : new String[] {"之前", "以前", "前", "之后", "以后", "后"}) if (s.endsWith(w)) return true;
        return s.contains("点") && !s.contains("店");
    }

    /** In the room, with the meal brought there ({@link RoomMeals}): still served. */
    private static boolean roomServed(String place, String text) {
        return place.contains("房") && RoomMeals.brought(text);
    }

    /** Words after a place that only say "around there" (场馆那边, 赛场附近). */
    private static final String[] AROUND = {"那边", "这边", "那里", "这里", "那儿", "附近", "旁边", "边上"};

    /** "场馆那边" -> "场馆": a named place with "around there" after it is that place; "那边" alone stays. */
    private static String nearby(String place) {
        for (String w : AROUND) {
            if (place.length() > w.length() + 1 && place.endsWith(w))
                return place.substring(0, place.length() - w.length());
        }
        return place;
    }

    private static final String ENDS = "，,。！!？?；;\n";
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十";
    private static final String UNITS = "人个位名";

    /**
     * Whether the sentence around {@code at} has a figure of people (报40个人…在集训那边吃): then the figure
     * decides what the sentence reports, and a place only said to be "over there" is not read as away.
     */
    private static boolean figureAround(String text, int at) {
        int from = at;
        while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) from--;
        int to = at;
        while (to < text.length() && ENDS.indexOf(text.charAt(to)) < 0) to++;
        for (int i = from; i + 1 < to; i++) {
            if (NUMERALS.indexOf(text.charAt(i)) < 0) continue;
            int j = i + 1;
            while (j < to && NUMERALS.indexOf(text.charAt(j)) >= 0) j++;
            // 中午在赛场那边吃 不回来了 晚上回来吃 35个人: the figure of those coming back for a later meal is that meal's.
            boolean later = i > at
                    && text.substring(at, i).contains(" ")
                    && text.substring(at, i).contains("回来");
            if (j < to && UNITS.indexOf(text.charAt(j)) >= 0 && !later) return true;
            i = j;
        }
        return false;
    }

    /** "有4个在", "有5个人在": some of the delegation, with 有 before their figure, right before {@code at}. */
    private static boolean partBefore(String text, int at) {
        int i = at;
        if (i > 0 && text.charAt(i - 1) == '人') i--;
        if (i == 0 || UNITS.indexOf(text.charAt(i - 1)) < 0) return false;
        i--;
        int digits = i;
        while (i > 0 && NUMERALS.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i < digits && i > 0 && text.charAt(i - 1) == '有';
    }

    /** 九院, 土家山寨, 酒店, 餐厅: a place of this event, or one of its kind said alone (党校食堂 is another's). */
    private boolean ours(String place) {
        for (String word : HOME) if (place.equals(word)) return true;
        if (place.length() < 2) return false;
        for (String name : places) if (name.contains(place)) return true;
        return false;
    }

    private boolean home(String place) {
        for (String word : HOME) if (place.contains(word)) return true;
        if (place.length() < 2) return false;
        for (String name : places) if (name.contains(place)) return true;
        return false;
    }

    /** Meal words a statement of eating outside opens with. */
    private static final String[] MEALS = {
        "早饭", "早餐", "早上", "中午", "午饭", "午餐", "中饭", "中餐", "晚上", "晚饭", "晚餐", "今晚", "明早", "明晚", "宵夜", "夜宵"
    };
    /** Words of the outside, after 在 or alone. */
    private static final String[] OUTSIDE = {"外面", "外边", "外头"};
    /** What may stand between the meal and the outside (中午都在外面). */
    private static final String BETWEEN = "都就也全我们 ";

    /**
     * "中午外面吃", "中午在外面": right after a meal word, eating outside (外面 with 吃, or 在外面 ending the
     * statement) takes the people off that meal; {@code at} is the 在 or the 外.
     */
    static void outside(String text, int at, List<CueTable.Hit> hits) {
        int from = text.charAt(at) == '在' ? at + 1 : at;
        String word = null;
        for (String w : OUTSIDE) if (text.startsWith(w, from)) word = w;
        if (word == null || !mealBefore(text, at)) return;
        int end = from + word.length();
        boolean eats = end < text.length()
                && (text.charAt(end) == '吃' || text.startsWith("用餐", end) || text.startsWith("就餐", end));
        // 在外面吃 is read by CueTable's phrases already.
        if (eats && from == at) hits.add(new CueTable.Hit(Cue.CANCEL, at, end + 1));
        int after = end;
        while (after < text.length() && "了的啦".indexOf(text.charAt(after)) >= 0) after++;
        if (!eats && from > at && (after == text.length() || Clause.SEPARATORS.indexOf(text.charAt(after)) >= 0))
            hits.add(new CueTable.Hit(Cue.CANCEL, at, end));
    }

    private static boolean mealBefore(String text, int at) {
        int b = at;
        while (b > 0 && BETWEEN.indexOf(text.charAt(b - 1)) >= 0) b--;
        for (String m : MEALS) if (b >= m.length() && text.startsWith(m, b - m.length())) return true;
        return false;
    }
}
