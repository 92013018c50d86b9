package org.receptionbot.parse;

/** Travelling in batches (分两批走, 分批走): where the words say so, and whether the batches come to the event. */
final class TravellingInBatches {

    private TravellingInBatches() {}

    /**
     * "一共7个人分两批走 第一批4个…12点半到南宁东", "分两拨走 …晚上坐飞机过来": 走 of travelling in batches, then
     * where the batches get to, is coming to the event; the destination decides (到机场 or 到车站 stays unsure).
     */
    static boolean coming(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < 0 || c.text.charAt(at) != '走' || inBatches(c) != at) return false;
        if (!c.has(Cue.ARRIVE) || c.at(Cue.ARRIVE) < at) return arrivingNext(c.text, c.end);
        int end = c.endOf(Cue.ARRIVE);
        for (String away : AWAY) if (c.text.startsWith(away, end)) return false;
        return true;
    }

    /** (分两拨走) 第一拨5个…上午十点落地: the next words of the message say the batches come. */
    private static boolean arrivingNext(String text, int from) {
        String next = text.substring(from, Math.min(text.length(), from + 40));
        for (String w : COMING) if (next.contains(w)) return true;
        // 下午1点到南宁东: 到 a place that is no station or airport to leave from.
        for (int i = next.indexOf('到'); i > 0; i = next.indexOf('到', i + 1)) {
            if ("送去赶先".indexOf(next.charAt(i - 1)) >= 0) continue;
            boolean away = false;
            for (String w : AWAY) away |= next.startsWith(w, i + 1);
            if (!away) return true;
        }
        return false;
    }

    private static final String[] COMING = {"落地", "过来", "抵达", "到达", "降落"};

    private static final String[] AWAY = {"机场", "车站", "火车站", "高铁站", "站", "家"};

    /** Where the clause's words of going in batches end (分两批走, 分批走), or -1. */
    static int inBatches(Clause c) {
        for (String w : IN_BATCHES) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return at + w.length();
        }
        return -1;
    }

    private static final String[] IN_BATCHES = {"分两批", "分三批", "分批", "分两拨", "分两波"};
}
