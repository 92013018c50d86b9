package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * A bus setting off with the people it met, said bare after the pickup in a piece of its own: "出发", "马上出发啦", or
 * back to a lodging of the event named in full ("回云上民宿", "去九院宾馆"). With 人齐 beside it ("6号车接到广西52人 人齐
 * 出发") the pickup is done ({@link PickedUp}). Setting off somewhere that is no place of the event (回机场), 再出发 (still
 * waiting) or a question are not this.
 */
final class SetOffAfterPickup {
    /** The piece is only the setting off, with at most 马上/现在/准备 before it and 了/啦 after it. */
    private static final Pattern BARE = Pattern.compile("^(马上|现在|这就)?出发(了|啦)?$");
    /** Back to a place of the event, its name up to four characters before the place word (回云上民宿). */
    private static final Pattern TO_LODGING =
            Pattern.compile("^(马上|现在|这就)?(回|去|返回|前往)[^，,。；;！!？?\\s]{0,4}(" + EventPlaces.ANY + ")(了|啦)?$");

    private SetOffAfterPickup() {}

    /** Whether {@code piece} (a phrase between pauses) is a bus setting off with the people met, said bare. */
    static boolean said(String piece) {
        String p = piece.strip();
        return BARE.matcher(p).matches() || TO_LODGING.matcher(p).matches() && !p.contains("机场") && !p.contains("站");
    }
}
