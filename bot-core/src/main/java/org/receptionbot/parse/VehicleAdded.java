package org.receptionbot.parse;

import java.util.List;

/**
 * "6、7号车坐不下，加了8号中巴", "加派了一辆大巴": a vehicle added by the sender answers the seats short; the matter is
 * handled ({@link Cue#RESOLVED}).
 */
final class VehicleAdded {
    private static final String[] ADDED = {"加了", "加派了", "已加", "又加了"};
    private static final String[] KINDS = {"号车", "号中巴", "号大巴", "辆车", "辆中巴", "辆大巴", "台车", "辆"};

    private VehicleAdded() {}

    /** Adds a resolved hit where a vehicle added is said from {@code at}. */
    static void scan(String text, int at, List<CueTable.Hit> hits) {
        for (String w : ADDED) {
            if (!text.startsWith(w, at)) continue;
            int i = at + w.length();
            while (i < text.length() && i - at - w.length() < 3 && "0123456789一二两三四五六七八九十".indexOf(text.charAt(i)) >= 0)
                i++;
            for (String k : KINDS)
                if (text.startsWith(k, i)) {
                    hits.add(new CueTable.Hit(Cue.RESOLVED, at, i + k.length()));
                    return;
                }
        }
    }
}
