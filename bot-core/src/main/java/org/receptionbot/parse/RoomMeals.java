package org.receptionbot.parse;

/**
 * "发烧的三个在房间吃 能不能送三份到房间", "受伤那个在房间吃 送个餐到618": people eating in their rooms with their meal
 * brought there are still served (the meal's figure stands); the bringing is a request to the kitchen. Eating in the
 * room with nothing brought ("早饭就在房间吃泡面了") is no meal taken ({@link EatingAway}).
 */
final class RoomMeals {
    /** How many characters after 送 the portions or the room may be named (送三份到, 送个餐, 送到房间). */
    private static final int BRING_REACH = 5;

    private RoomMeals() {}

    /** Whether the message asks for a meal or portions to be brought (送餐, 送饭, 送三份到房间, 送到房间). */
    static boolean brought(String text) {
        for (int at = text.indexOf('送'); at >= 0; at = text.indexOf('送', at + 1)) {
            int end = Math.min(text.length(), at + 1 + BRING_REACH);
            for (int i = at + 1; i < end; i++) {
                char c = text.charAt(i);
                if (Clause.SEPARATORS.indexOf(c) >= 0) break;
                if ("份餐饭房".indexOf(c) >= 0) return true;
            }
        }
        return false;
    }

    /** Whether the portions the clause counts are the ones asked to be brought (送三份到房间): no diners. */
    static boolean portionsBrought(Clause c, String text) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.end() > text.length() || text.charAt(n.end() - 1) != '份') return false;
            int from = Math.max(c.start, n.start() - BRING_REACH);
            if (text.substring(from, n.start()).indexOf('送') < 0) return false;
        }
        return !c.all(Mention.Count.class).isEmpty();
    }
}
