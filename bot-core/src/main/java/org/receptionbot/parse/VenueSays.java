package org.receptionbot.parse;

/**
 * "九院餐厅：今天早餐加了热干面", "土家山寨今天中午只能坐280人", "山庄这边今晚留守的人晚饭大概五六十个":
 * a coordinator's message that opens with a venue of the event speaks for the venue (its dishes, its seats,
 * its own estimate); with no record read from it, it is talk and gets no question.
 */
final class VenueSays {
    private static final String[] VENUES = {"餐厅", "食堂", "山寨", "宾馆", "酒店", "山庄"};
    /** How far into the message the venue may end (九院自助餐厅 is six characters). */
    private static final int HEAD = 8;
    /** Words before the venue that make it a destination or a place of something else (到餐厅, 在宾馆). */
    private static final String TOWARD = "往向去回到进在从";

    private VenueSays() {}

    /** Whether the message comes from no delegation and opens with a venue as its speaker. */
    static boolean speaks(Reading reading) {
        if (reading.sender() != null) return false;
        String text = reading.original().strip();
        // 餐厅说河南中午少几个: a venue passing on a delegation's report is still a report.
        if (text.indexOf('说') >= 0) return false;
        String head = text.substring(0, Math.min(text.length(), HEAD));
        for (String venue : VENUES) {
            int at = head.indexOf(venue);
            if (at < 0 || at + venue.length() > HEAD) continue;
            for (int i = 0; i < at; i++) {
                char ch = head.charAt(i);
                if (TOWARD.indexOf(ch) >= 0 || ch >= '0' && ch <= '9') return false;
            }
            return true;
        }
        return false;
    }
}
