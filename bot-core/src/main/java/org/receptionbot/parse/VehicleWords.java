package org.receptionbot.parse;

/** The words of {@link VehicleMoves}: drivers, people, and what may stand between a vehicle and its verb. */
final class VehicleWords {
    /** Words for a vehicle's driver. */
    static final String[] DRIVERS = {"师傅", "司机"};
    /** Words for people: a subject nearer the verb than the driver. */
    static final String[] PEOPLE = {"我们", "他们", "咱们", "大家", "人", "队员", "代表", "同志", "领导", "老师", "教练", "位", "他", "她"};
    /** Characters that may stand between a vehicle and its verb: adverbs and particles. */
    static final String ADVERBS = "怎么咋先又就都已经刚才竟然提前还没有开早也";
    /** Characters right before a delegation that make it the vehicle's errand (接海南, 送完四川). */
    static final String ERRANDS = "接送完";

    private VehicleWords() {}

    /** Whether the text may name a vehicle or its driver: the cheap guard of the family. */
    static boolean mayName(String text) {
        return text.indexOf('车') >= 0 || text.indexOf("大巴") >= 0 || driverAt(text) >= 0;
    }

    /** Where the first word for a driver starts, or -1. */
    static int driverAt(String text) {
        int driver = -1;
        for (String w : DRIVERS) {
            int at = text.indexOf(w);
            if (at >= 0 && (driver < 0 || at < driver)) driver = at;
        }
        return driver;
    }

    /** A word for a driver ends at {@code i}. */
    static boolean driverEndsAt(String text, int i) {
        for (String w : DRIVERS) if (endsAt(text, w, i)) return true;
        return false;
    }

    /** A word for people ends at {@code i}. */
    static boolean peopleEndAt(String text, int i) {
        for (String w : PEOPLE) if (endsAt(text, w, i)) return true;
        return false;
    }

    static boolean onlyAdverbs(String text, int from, int to) {
        for (int i = from; i < to; i++) if (ADVERBS.indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    static boolean endsAt(String text, String w, int i) {
        int at = i + 1 - w.length();
        return at >= 0 && text.startsWith(w, at);
    }
}
