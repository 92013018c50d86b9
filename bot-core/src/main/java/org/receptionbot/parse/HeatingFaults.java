package org.receptionbot.parse;

/**
 * A fitting of the room that does not heat, said by what comes out of it rather than by a fault word: the air
 * conditioner that blows only cold air (空调只吹冷风, 空调吹的都是冷风, 空调不出热风, 空调制不了热), hot water that does
 * not come (热水一直出不来, 热水没了), a heater that stays cold (热水器不热). Always with the fitting named right before,
 * so that cold wind outdoors (在门口吹冷风) or a phone's battery (手机没电了) are no fault of a room.
 */
final class HeatingFaults {
    /** Fittings that blow air. */
    private static final String[] AIR = {"空调", "暖风机", "暖气"};
    /** Fittings that give hot water. */
    private static final String[] WATER = {"热水", "热水器", "淋浴"};
    /** What is said between the fitting and its state (空调一直吹冷风, 空调吹的都是冷风). */
    private static final String[] BETWEEN = {"", "一直", "只", "都", "还是", "老是", "总是", "也", "开了", "开着"};
    /** Air that is cold where warmth is wanted, or no warmth at all. */
    private static final String[] COLD_AIR = {
        "只吹冷风", "吹冷风", "吹的是冷风", "吹的都是冷风", "吹出来的是冷风", "都是冷风", "是冷风", "只有冷风", "只出冷风", "出冷风", "出的是冷风", "不出热风", "没有热风",
        "没热风", "不出暖风", "没有暖风", "没暖风", "制不了热", "制热不行", "不能制热", "制热没反应", "不制暖", "不热"
    };
    /** Hot water that does not come or has run out. */
    private static final String[] NO_WATER = {"出不来", "不出来", "没了", "没有了", "不热", "是凉的", "是冷的"};

    private HeatingFaults() {}

    static void register(CueTable t) {
        for (String fitting : AIR)
            for (String between : BETWEEN) for (String state : COLD_AIR) fault(t, fitting + between + state);
        for (String fitting : WATER)
            for (String between : BETWEEN) for (String state : NO_WATER) fault(t, fitting + between + state);
    }

    /** 矿泉水没了, 开水没了: water brought to drink, no fitting of the room. */
    private static void fault(CueTable t, String word) {
        for (Cue cue : new Cue[] {Cue.BROKEN, Cue.PROBLEM, Cue.TOPIC_ROOM})
            t.guarded(cue, word, "泉茶开饮汽", new String[] {"吗", "么", "?", "？"}, null);
    }
}
