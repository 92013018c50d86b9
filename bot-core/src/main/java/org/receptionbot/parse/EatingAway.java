package org.receptionbot.parse;

import java.util.List;
import java.util.stream.Stream;
import org.receptionbot.event.Event;

/**
 * "有8个去比赛场馆吃盒饭", "中午去市里吃": going somewhere to eat that is not one of the event's dining
 * places takes those people off the meal (a cancellation). 去餐厅吃, 去宾馆吃 and a venue or hotel of the
 * event file by (part of) its name ("去九院吃" for 九院宾馆自助餐厅) are the meal itself. What is said around the
 * place is read by {@link EatingPlaceSaid}; eating outside after a meal word by {@link EatingOutside}.
 */
final class EatingAway {
    /**
     * Words of any event's own dining places: eating there is no cancellation. 会场 is the meeting's own hall (全团在会场吃
     * 13人 says where the team eats, not who is away). A conference's meeting place is read by {@link MeetingPlace}.
     */
    private static final String[] HOME = {"餐厅", "食堂", "饭堂", "酒店", "宾馆", "民宿", "自助", "住地", "驻地", "吃饭", "楼", "会场"};

    private static final int PLACE = 6;

    /** The names of this event's venues and hotels. */
    private final List<String> places;

    /** The words that name this event's site-visit routes (百色线, 百色, 北海组). */
    private final List<String> routes;

    /** The names of this event's dining venues. */
    private final List<String> venues;

    /** The dining rooms of this event's venues said without the place they are in (贵宾餐厅, 贵宾厅, 宴会厅). */
    private final List<String> rooms;

    EatingAway(Event event) {
        this.routes = event.visits().stream().flatMap(r -> r.words().stream()).toList();
        this.venues = event.venues().stream().map(v -> v.name()).toList();
        this.rooms = venues.stream().flatMap(v -> roomOf(v).stream()).toList();
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
        names.addAll(rooms);
        names.removeIf(n -> n.length() < 2);
        return List.copyOf(names);
    }

    /** What ends the place a dining room is in (荔园山庄, 1号楼). */
    private static final String[] WITHIN = {"山庄", "号楼", "酒店", "宾馆", "饭店"};

    /**
     * The dining room of a venue said without the place it is in (荔园山庄1号楼贵宾餐厅 gives 贵宾餐厅 and 贵宾厅,
     * 荔园山庄宴会厅 gives 宴会厅), three characters or more.
     */
    private static List<String> roomOf(String venue) {
        int cut = -1;
        for (String w : WITHIN) {
            int at = venue.lastIndexOf(w);
            if (at >= 0) cut = Math.max(cut, at + w.length());
        }
        if (cut < 0 || venue.length() - cut < 3) return List.of();
        String room = venue.substring(cut);
        return room.endsWith("餐厅") && room.length() > 3
                ? List.of(room, room.substring(0, room.length() - 2) + "厅")
                : List.of(room);
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
                if (EatingPlaceSaid.nearby(place).length() >= PLACE) return;
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
                if (EatingPlaceSaid.nearby(said).length() >= PLACE) return;
                // 有4个在场馆那边吃: some people said right before eating over there are people away all the same.
                String place = EatingPlaceSaid.figureAround(text, at) && !EatingPlaceSaid.partBefore(text, at)
                        ? said
                        : EatingPlaceSaid.nearby(said);
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
                if (told || EatingPlaceSaid.timeSaid(said)) return;
                // 中午都在党校吃 山庄午餐取消5人: the meeting place said before the hotel's meal called off is the people away.
                if (MeetingPlace.is(place) && MeetingPlace.calledOffAfter(text, i)) {
                    hits.add(new CueTable.Hit(Cue.CANCEL, at, i + 1));
                    return;
                }
                boolean own = place.contains("这") && !place.contains("那") || ours(place);
                if (own && !place.contains("房")) hits.add(new CueTable.Hit(Cue.HERE, at, i));
                else if (!still
                        && place.length() >= 2
                        && !here
                        && !home(place)
                        && !EatingPlaceSaid.roomServed(place, text))
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

    /**
     * 九院, 土家山寨, 酒店, 餐厅, 贵宾厅: a place of this event (a venue's dining room by its own short name too), or one
     * of its kind said alone (党校食堂 is another's).
     */
    private boolean ours(String place) {
        for (String word : HOME) if (place.equals(word)) return true;
        return MeetingPlace.is(place) || named(place);
    }

    private boolean home(String place) {
        for (String word : HOME) if (place.contains(word)) return true;
        if (MeetingPlace.is(place)) return true;
        return named(place);
    }

    /** Whether {@code place} is (part of) the name of a venue or hotel of this event, or holds a venue's room. */
    private boolean named(String place) {
        if (place.length() < 2) return false;
        for (String name : places) if (name.contains(place)) return true;
        for (String room : rooms) if (place.contains(room)) return true;
        return false;
    }
}
