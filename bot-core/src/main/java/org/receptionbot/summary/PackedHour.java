package org.receptionbot.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hour a packed order is wanted by, as the caterer needs it: the hour to fetch or set off, not the train's. */
public final class PackedHour {
    /** An hour said for the packing or the leaving ("6点前", "5点半", "6:30", "一早"): the caterer needs it. */
    public static final Pattern HOUR = Pattern.compile(
            "[0-9一二两三四五六七八九十]{1,3}\\s*[点時时](?:半|[0-9]{1,2}分?)?前?" + "|[0-9]{1,2}[:：][0-9]{2}前?|一早|天亮|凌晨");

    private PackedHour() {}

    /** After an hour: the time the packing is fetched or the team sets off (前, 就要出发, 拿). */
    private static final Pattern BY_HOUR = Pattern.compile("^(?:前|\\s*(?:就|要|得|必须|之前|以前)*(?:出发|走|拿|取|送|带走|离开|动身))");
    /** After an hour: the time of a train or a flight (8点的飞机, 1点半的车), not of the packing. */
    private static final Pattern RIDE_HOUR = Pattern.compile("^(?:的|开的|起飞的)");

    /**
     * The hour the caterer needs in {@code text}: one the portions are fetched or the team sets off by ("5点半就要出发",
     * "12点半前拿") before any other; a train's or a flight's ("8点的飞机", "1点半的车") only when no other is said; null
     * when none is.
     */
    public static String of(String text) {
        Matcher h = HOUR.matcher(text);
        String best = null;
        int bestRank = -1;
        while (h.find()) {
            int rank = rank(text, h);
            if (rank > bestRank) {
                best = h.group();
                bestRank = rank;
            }
        }
        return best;
    }

    /** Whether {@code text} says an hour the portions are fetched or the team sets off by. */
    public static boolean saysLeaveBy(String text) {
        Matcher h = HOUR.matcher(text);
        while (h.find()) if (rank(text, h) == 2) return true;
        return false;
    }

    private static int rank(String text, Matcher h) {
        String after = text.substring(h.end());
        if (h.group().endsWith("前") || BY_HOUR.matcher(after).find()) return 2;
        return RIDE_HOUR.matcher(after).find() ? 0 : 1;
    }
}
