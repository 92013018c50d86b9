package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a space ends a statement once the words before it carry one ({@link SpaceBreaks} has settled the turns that
 * open a statement whatever comes before): the next words open a turn, another route's change, a meal after people
 * eating away, a remark, a fault or people pointed at after a figure, or a statement of their own
 * ({@link SpaceOpenings}); a change with its figure is complete.
 */
final class SpaceAfterStatement {
    private SpaceAfterStatement() {}

    /**
     * @param subject a delegation or people named before the space, or a vehicle with its figure, or a movement with its
     *     time
     * @param figure a figure before the space
     * @param vehicle a vehicle before the space
     * @param moved an arrival or a departure said before the space
     */
    static boolean opens(
            String text,
            int from,
            int at,
            List<Mention> mentions,
            List<CueTable.Hit> hits,
            boolean subject,
            boolean figure,
            boolean vehicle,
            boolean moved) {
        if (!StatementSpans.carriesStatement(from, at, mentions, hits)) return false;
        if (CuesAt.opensTurn(at + 1, hits)) return true;
        // 有8个人今天下午先走 明天剩下的走: the day said before the rest, after a movement, is the rest's.
        if (moved && RestOnItsDay.opens(at, mentions, hits)) return true;
        if (RouteTurns.opens(text, from, at, mentions, hits)) return true;
        // 有5个在比赛场地吃盒饭 晚上全部回来: people eating away with their figure are of the meal said before them;
        // a meal or a part of the day said next opens a statement of its own.
        if (!subject
                && figure
                && StatementSpans.holds(from, at, hits, Cue.CANCEL)
                && StatementSpans.mealOrPartAt(at + 1, mentions)) return true;
        if (!subject) return false;
        if (figure && AfterReport.opens(text, at, mentions, hits)) return true;
        // 广西中午52个全在 骨折那个也出院回来了: after a figure, someone's illness or injury is a remark of its own.
        if (figure && SpaceRemarks.patient(text, at + 1, hits)) return true;
        // 安徽中午30个 哈 那个 房间的空调坏了: after a meal's figure, a fault said next (past fillers) is another matter.
        if (figure
                && MealsAroundSpace.mealFigureLast(text, from, at, mentions)
                && SpaceFaults.ahead(text, at, mentions, hits)) return true;
        // 宵夜少2人 两个已经睡了: a change with its figure is complete; what follows is another statement.
        if (StatementSpans.holds(from, at, hits, Cue.FEWER)
                || StatementSpans.addsOutsideFigure(from, at, mentions, hits)
                || StatementSpans.holds(from, at, hits, Cue.CANCEL)) {
            for (Mention m : mentions)
                if (m.start() >= from && m.end() <= at && m instanceof Mention.Count) return true;
        }
        // 晚上35 那5个人昨天已经走了, 早饭60个 走的那20个吃完早饭再走: people pointed at after a meal's figure are
        // said of apart; the meal's report is complete.
        if (figure
                && MealsAroundSpace.mealFigureLast(text, from, at, mentions)
                && SubjectsAt.pointedGroup(text, at + 1)) return true;
        // 浙江明天一早走14个 G1722 七点五十的车: after people leaving or coming with their figure, the ride at its time is
        // their movement's; said gone ("走了1个 9点的高铁") only when it names its train or flight; only after a meal named
        // with its
        // figure (or as the hour they set off, said done, for
        // SetOffAtClock) does it open a statement of its own.
        if (moved
                && figure
                && !mealNamed(from, at, mentions)
                && !SetOffAtClock.opens(text, at + 1, mentions)
                && (trainOrFlightAt(at + 1, mentions) || text.indexOf('了', from) < 0 || text.indexOf('了', from) >= at)
                && SpaceOpenings.rideNext(text, at, mentions, hits)) return false;
        return SpaceOpenings.statementAfter(
                text,
                at,
                mentions,
                hits,
                moved && !vehicle || figure && MealsAroundSpace.mealFigureLast(text, from, at, mentions));
    }

    /** Whether a train or flight is named at {@code at} ("G1722 七点五十的车"; "9点的高铁" names none). */
    private static boolean trainOrFlightAt(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() == at && m instanceof Mention.Transport) return true;
        return false;
    }

    /** Whether a meal is named between {@code from} and {@code at} (晚饭, 早餐; a part of the day alone is no meal). */
    private static boolean mealNamed(int from, int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && m instanceof Mention.Meals) return true;
        return false;
    }
}
