package org.receptionbot.parse;

import java.util.List;

/**
 * Messages that a rule reads as a whole as reporting nothing: a coordinator's instruction, question, tally or
 * echo before any clause is read, and, once no clause gave a record, a bus's expected figure, an errand, a
 * return later, a permission asked, a ride along, a total or a venue's own word.
 */
final class WholeMessageTalk {

    private WholeMessageTalk() {}

    /** Whether the message reports nothing before its clauses are read; {@code relay} as {@link Assembly}'s. */
    static boolean reportsNothing(List<Clause> clauses, Reading reading, boolean relay) {
        // 请湖南联络员下午3点到会务组: a coordinator's instruction to a liaison tells them what to do; it reports nothing.
        if (reading.sender() == null && NoticeLines.toLiaison(clauses, reading)) return true;
        // 上海那里20对吗？, 土家山寨：明早重庆的不吃是吧？: a coordinator or a venue asking back or offering reports nothing.
        if (ConfirmAsks.asks(clauses, reading)) return true;
        // 今天一共到了8个团, 还有两个团没报晚饭 默认照常: a coordinator counting delegations, naming none.
        if (TeamTally.general(clauses, reading)) return true;
        // 好的 重庆晚餐四十 已登记: a coordinator's echo of a report already made.
        if (ServiceNotices.logged(clauses, reading)) return true;
        // 3号车少2个 是我们的 两个坐6号车先回酒店了: the bus's short people owned and accounted for, no plan changed.
        if (BusShortAccounted.said(reading.original())) return true;
        // @陕西 好的 陕西中午30, 四川晚餐46，已改: a coordinator's acknowledgement repeats the liaison's report.
        // What it would record goes to the chat as echoed records (MessageParser), read with relay set.
        return !relay && CoordinatorEcho.echoes(reading);
    }

    /** Whether a rule calls the message talk once its clauses gave no record. */
    static boolean calledTalk(List<Clause> clauses, Reading reading) {
        return expectedOnly(clauses)
                || BusErrands.said(clauses)
                || BackLater.only(clauses)
                || MovementQuestions.askedPermission(clauses)
                || RidingAlong.only(clauses, reading.original())
                || MealTotals.said(clauses, reading)
                // 总共还是26个人: a delegation's size alone records nothing.
                || TeamSizeSaid.only(clauses)
                // 北京还有2个在退房 马上下来: the few still checking out while the bus waits.
                || StillCheckingOut.few(reading.original())
                || VenueSays.speaks(reading);
    }

    /** "1号车应到33人": a bus's expected figure is all the message gives; nobody counted, nothing to ask. */
    private static boolean expectedOnly(List<Clause> clauses) {
        for (Clause c : clauses) if (BusRecounts.onlyExpected(c)) return true;
        return false;
    }
}
