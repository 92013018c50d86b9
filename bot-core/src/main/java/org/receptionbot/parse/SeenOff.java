package org.receptionbot.parse;

/**
 * "14号车罗师傅 兵团3位送到机场了 现在返回", "北京的都送走了": a driver or the staff saying people were taken to the
 * airport or station, or seen off, tells a trip done; the delegation's departure was reported by its liaison, and
 * this gives none.
 */
final class SeenOff {
    /** People taken to the airport or station, or seen off, as done. */
    private static final String[] DONE = {
        "送到机场了", "送到车站了", "送到东站了", "送到南宁东了", "送到高铁站了", "送到火车站了", "送到站了", "送到吴圩了",
        "送走了", "已送达", "已经送达", "已送到", "已经送到", "送完了", "送机完毕", "送站完毕"
    };

    private SeenOff() {}

    /** Takes out the departures a coordinator's message says were seen off. */
    static void drop(Drafts drafts, Reading reading) {
        if (reading.sender() != null) return;
        drafts.dropIf(SeenOff::done);
    }

    private static boolean done(Draft d) {
        if (d.kind != Draft.Kind.DEPARTURE || d.transport != null) return false;
        for (String w : DONE) if (d.statement.contains(w)) return true;
        return false;
    }
}
