package org.receptionbot.parse;

import java.util.List;

/**
 * Where a space ends a visit statement said with a meal or with trailing talk: "柳州线6人 今晚晚宴7人",
 * "北海4人 不变哈", "5人百色 已经在车上了" (a route's figure, then words about no route, vehicle or
 * figure, or a day or a meal); "晚饭不吃 5个全去北海了" (a meal's statement, then a route's figure).
 */
final class VisitTurns {
    private VisitTurns() {}

    /** A switch between routes said last before the space at {@code at} (从百色换柳州了). */
    private static boolean switchEndsAt(String text, int from, int at, List<Mention> mentions) {
        int end = VisitTurnChanges.routeSwitchEnd(text, from, at, mentions);
        if (end < 0) return false;
        for (int i = end; i < at; i++) if ("了线 ".indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    private static boolean countEndsAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m instanceof Mention.Count && m.end() == at) return true;
        return false;
    }

    /** Whether the space at {@code at} ends the statement that started at {@code from}. */
    static boolean between(String text, int from, int at, List<Mention> mentions) {
        int next = at + 1;
        while (next < text.length() && Clause.SEPARATORS.indexOf(text.charAt(next)) < 0) next++;
        VisitTurnSpan before = VisitTurnSpan.of(mentions, from, at);
        VisitTurnSpan after = VisitTurnSpan.of(mentions, at + 1, next);
        // 有一个同志明天开完会直接走 不去考察了: people leaving, then their drop-out.
        if (LeavingThenDropOut.at(text, from, at, next, mentions)) return true;
        // 北海4 柳州改成1 柳州那位老同志…, 百色2柳州2 柳州那两个看完直接走: routes' figures, then some of a route's people pointed at.
        if (before.route() && countEndsAt(mentions, at) && VisitTurnWords.groupPointedAt(text, at + 1, mentions))
            return true;
        // (百色线报6个 不对) 是5个 有一位明天要赶回去: a corrected figure alone, then people of their own.
        if (before.onlyCount() && at - from <= before.countLength() + 1 && before.endsAt() == at && after.count())
            return true;
        // (柳州线7个 不对) 6个 刚才数错了: a corrected figure alone, then only a word on the mistake.
        if (before.onlyCount()
                && at - from <= before.countLength() + 1
                && before.endsAt() == at
                && !after.any()
                && VisitTurnWords.mistake(text, at + 1, next)) return true;
        // 渝团5人16:20乘3U8695到吴圩 明天考察全团去百色: a movement, then a day's visit to a route.
        if (before.timed() && !before.route() && after.route() && after.startsWithDay()) return true;
        // 7人坐CZ3365 14:05到吴圩 考察的话 北海线仨: a movement, then the visits.
        if (before.timed() && !before.route() && VisitTurnWords.visitWord(text, at + 1)) return true;
        // 河北1 请1号车留座: a figure, then a request.
        if (before.count() && before.endsAt() == at && !before.vehicle() && VisitTurnWords.request(text, at + 1))
            return true;
        // 王处从百色换柳州 张科从柳州换百色: a switch between routes, then another one, each a statement of its own.
        // (张科从柳州换百色) 俩人对调一下: the trade named after the switches adds no one to them.
        if (switchEndsAt(text, from, at, mentions)
                && (VisitTurnChanges.routeSwitchEnd(text, at + 1, next, mentions) >= 0
                        || VisitTurnWords.traded(text, at + 1, next))) return true;
        // 我和李处对调一下 我去百色 李处去北海: one person going to a route is a statement of its own.
        if (after.route() && !after.count() && VisitPersons.personGoes(text, at + 1, next)) return true;
        // 有2人不去考察了 明天会后直接去机场: a drop-out, then when they leave; 有1个不去了 他要赶飞机 CA4308: how.
        if (VisitTurnChanges.droppedOut(text, from, VisitTurnChanges.routeCut(text, mentions, from, at))
                && (after.day() || VisitTurnChanges.leaving(text, at + 1, next))) return true;
        // 有个处长不去了 就5个人去了, 从柳州换过来 那柳州就剩1个了, 有2个要赶回武汉 就4个人去了: a change or people
        // leaving, then the route's figure now.
        if ((VisitTurnChanges.droppedOut(text, from, VisitTurnChanges.routeCut(text, mentions, from, at))
                        || VisitTurnChanges.switched(text, from, at, mentions)
                        || VisitTurnChanges.leaving(text, from, at))
                && VisitTurnChanges.figureNow(text, at + 1, next, mentions, after)) return true;
        // 百色去2位 另一位开完会回北京, 北海4 还有一个没定: a route's figure, then the others of the delegation.
        if (before.route()
                && before.count()
                && before.endsAt() == at
                && (VisitTurnWords.others(text, at + 1) || VisitTurnWords.undecidedRest(text, at + 1, next)))
            return true;
        // 北海线本来6个 现在只去5个 有一个处长下午要回昆明: the route's figure now after its old plan, then people
        // of the delegation leaving.
        if (!before.route()
                && !before.vehicle()
                && before.count()
                && before.endsAt() == at
                && VisitTurnWords.nowAfterOld(text, from, mentions)
                && !after.route()
                && after.count()
                && (after.day() || VisitTurnChanges.leaving(text, at + 1, next))) return true;
        // 百色线我们去3个 北海线本来5个现在只去4个, 百色线3个都去 北海线原来4个现在3个: a route's figure, then
        // another route with its old plan and its figure now; 北海本来3个现在变4个因为… 柳州还是3个: the other way.
        if (before.route()
                && !before.vehicle()
                && before.count()
                && after.route()
                && after.count()
                && VisitTurnWords.routeAt(mentions, at + 1)
                && (VisitTurnWords.old(text, at + 1, next)
                        || VisitTurnWords.old(text, VisitTurnWords.lastRoute(mentions, from, at), at))) return true;
        if (before.route() && !before.vehicle() && before.count() && before.endsAt() == at) {
            // 柳州线原来报了3个 现在只去2个了: the old plan's figure, then the figure now (现在改成2人 reads as one).
            if (!after.route()
                    && !after.vehicle()
                    && after.count()
                    && !after.meal()
                    && VisitTurnWords.old(text, from, at)
                    && !VisitTurnWords.changes(text, at + 1, next)) return true;
            // 北海线6人 百色线3人 下午9号车跟北海线走: the routes' figures, then a bus sent along a route.
            if (after.vehicle() && !after.count() && VisitTurnWords.busWithRoute(text, at + 1, next, mentions))
                return true;
            // 柳州线加两个 从百色那边调过来的: a route's added people, then the route they came from.
            if (after.route() && !after.count() && VisitTurnWords.cameFrom(text, at + 1, mentions)) return true;
            // 柳州线去四个 百色线不去了: a route's figure, then another route dropped; 北海3百色3 不过百色那边…: a turn.
            if (after.route()
                    && (!after.count() && VisitTurnChanges.droppedOut(text, at + 1, next)
                            || VisitTurnWords.turns(text, at + 1))) return true;
            return !after.route() && !after.vehicle() && (!after.count() || after.meal() || after.day());
        }
        // 柳州4个里头有一个 呃 改去百色 然后中饭9个人, 北海4柳州1都出去 山庄晚饭取消: a route said last, or
        // with its figure, then a meal's statement with no route.
        if (before.route()
                && !before.vehicle()
                && (before.endsAt() == at || before.count())
                && after.meal()
                && !after.route()) return true;
        // 晚宴3 明早3 北海3: a meal said by the part of the day (明早, 今晚) with its figure, then a route's figure.
        boolean meal = before.meal() || before.count() && VisitTurnWords.mealByPart(text, from, at);
        // 中午4人晚上4人 明天我们就不去考察了, 晚上5 我们团明天不去柳州了: a meal's figure, then a visit dropped.
        if (meal
                && !before.route()
                && countEndsAt(mentions, at)
                && !after.meal()
                && VisitTurnWords.visitDropped(text, at + 1, next, after.route())) return true;
        return meal && !before.route() && after.route() && after.count() && !after.meal();
    }
}
