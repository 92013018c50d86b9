package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * The words of {@link VehicleMoves}: drivers, people, and what may stand between a vehicle and its verb; and of
 * {@link BusGathering}: a bus still gathering its riders, and what makes it a matter to chase; and of
 * {@link VehicleBreakdown}: a vehicle that cannot go on.
 */
final class VehicleWords {
    /** Words for a vehicle's driver. */
    static final String[] DRIVERS = {"师傅", "司机"};
    /** Words for people: a subject nearer the verb than the driver. */
    static final String[] PEOPLE = {"我们", "他们", "咱们", "大家", "人", "队员", "代表", "同志", "领导", "老师", "教练", "位", "他", "她"};
    /** Characters that may stand between a vehicle and its verb: adverbs and particles. */
    static final String ADVERBS = "怎么咋先又就都已经刚才竟然提前还没有开早也";
    /** Characters right before a delegation that make it the vehicle's errand (接海南, 送完四川). */
    static final String ERRANDS = "接送完";

    /** The riders not all aboard yet: 还没齐, 人没到齐, 没来齐, 人不齐, 等人中, 贵州的人还没下来. */
    static final Pattern GATHERING =
            Pattern.compile("(?:还|都)?没(?:有)?(?:到|来|上|坐)?齐|人不齐|等人中|在等人|人(?:还|都)?没(?:有)?下(?:来|楼)");

    /** What makes it a matter to chase after all. */
    static final String[] CHASED = {
        "车还没到", "车还没来", "车没到", "车没来", "车呢", "联系不上", "打不通", "没人接", "电话", "找不到", "走丢", "走散", "掉队", "坏", "故障", "抛锚", "没油",
        "修", "?", "？", "急"
    };

    /** A vehicle that cannot go on. */
    static final String[] BROKEN_DOWN = {"爆胎", "抛锚", "熄火", "打不着火", "没油了", "趴窝", "坏在路上", "车坏了", "发动不了"};

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
