package org.receptionbot.parse;

/**
 * A charge the lodging makes at the check-out, or a deposit it holds back, said plainly: "退房时前台说少了两条毛巾
 * 要赔钱", "305退房时前台说少了个电视遥控器 要赔200", "前台说押金要明天才能退 我们下午就走了", "押金的事麻烦协调组跟九院宾馆说一下". It is the stay's matter
 * for the coordinators to settle with the lodging (a ROOM issue), though no fitting is broken and no problem word
 * is said. The lodging must be in the message (退房, 查房, 前台, a hotel); a charge waived or a deposit paid back
 * (毛巾不用赔了, 押金已经退了) is none.
 */
final class StayCharges {
    /** Compensation asked for. */
    private static final String[] CHARGE = {"赔", "罚款", "罚钱", "扣钱", "扣押金", "扣了押金", "收我们钱", "收我们的钱"};
    /** Compensation said waived or settled. */
    private static final String[] WAIVED = {"不用赔", "不要赔", "不需要赔", "不赔", "没让赔", "赔过了", "已经赔", "赔完了", "不扣", "没扣"};
    /** A deposit not (yet) paid back. */
    private static final String[] HELD = {
        "不退", "不给退", "没退", "还没退", "未退", "退不了", "退不出来", "才能退", "才退", "明天退", "不能退", "没给退", "不给"
    };
    /** The deposit as a matter of its own. */
    private static final String[] MATTER = {"押金的事", "押金的问题", "押金这事", "押金那事"};
    /** Where the stay is: the check-out, the front desk, the lodging. */
    private static final String[] LODGING = {"退房", "查房", "前台", "酒店", "宾馆", "民宿", "房间", "客房"};

    private StayCharges() {}

    /** Whether the clause says the lodging charges the delegation or holds back its deposit. */
    static boolean said(Clause c) {
        boolean charged = c.holdsAny(CHARGE) && !c.holdsAny(WAIVED);
        // 押金的事麻烦协调组跟九院宾馆说一下: the deposit matter handed to the coordinators.
        boolean held =
                c.holds("押金") && (c.holdsAny(HELD) || c.holdsAny(MATTER) && (c.has(Cue.REQUEST) || c.has(Cue.NEED)));
        if (!charged && !held || c.has(Cue.RESOLVED)) return false;
        String message = c.text;
        for (String w : LODGING) if (message.contains(w)) return true;
        return false;
    }
}
