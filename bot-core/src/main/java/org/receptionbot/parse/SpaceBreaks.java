package org.receptionbot.parse;

import java.util.List;

/** Whether a space in a message ends a statement ({@link Statements}). */
final class SpaceBreaks {
    private SpaceBreaks() {}

    /**
     * "早餐33 中餐33 晚餐不吃", "湖南团28人 湖北团55人": a space ends a statement when what is before it
     * names a meal or a delegation and carries a figure or a verb, and a meal, a delegation or a day with
     * its meal follows. It also ends one before a turn of its own (thanks, a request, 另外, the rest, the
     * next batch, some people among them: "晚餐41 谢谢", "4人先走 T5688 剩余27人…", "早饭30 麻烦跟餐厅说下",
     * "中午48个 其中有3个回民"), and after a lead-in
     * that is only talk ("OK的 山东中午40").
     */
    static boolean between(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean subject = false;
        boolean any = false;
        boolean vehicle = false;
        boolean figure = false;
        boolean clockLast = false;
        boolean timed = false;
        boolean after = false;
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention m = mentions.get(i);
            if (m.start() >= from && m.end() <= at) {
                any = true;
                if (SubjectsAt.names(m) && !(m instanceof Mention.Vehicle)) subject = true;
                vehicle |= m instanceof Mention.Vehicle;
                figure |= m instanceof Mention.Count;
                clockLast = m instanceof Mention.Clock && m.end() == at;
                timed |= m instanceof Mention.Clock || m instanceof Mention.Day;
            }
            after |= m.start() > at;
        }
        // 辽宁晚饭按30报 三个教练在外面开会: the figure reported as (按30报) ends its statement; the people after it are why.
        if (figure && ReportedFigure.reportedAsEnds(text, from, at, mentions)) return true;
        // 5位 CA1373 晚6点25落地 还是9号10号车接, 4个落地了 上几号车？: the pickup after an arrival is apart.
        if (PickupAfterArrival.opens(text, from, at, mentions, hits)) return true;
        // 云南55人终于到了 饭还有吗 累死了: people arrived, then a question of their own, asked apart.
        if (AskedAfterArrived.opens(text, from, at, mentions, hits)) return true;
        // 打包34份 11点半送到体育馆: the hour and place the portions are brought to is the packing's.
        if (PackedDelivery.follows(text, from, at)) return false;
        if (TransportLegs.nextLeg(text, from, at, mentions)) return true;
        // 重庆宵夜30 帮兵团报一下 宵夜25: after the sender's own figure, another delegation's report relayed opens a statement.
        if (figure && RelayOpenings.at(text, at + 1, mentions)) return true;
        // 帮宁波报一下 他们联络员手机没信号 宁波今晚不吃: the reason for the relay is a statement of its own.
        if (RelayFrame.reasonIn(text.substring(from, at)) && after && RelayWords.relayed(text)) return true;
        // 早上七点一批十五人 十点一批二十个: each batch with its time and people is a statement of its own.
        if (BatchLines.opens(text, from, at, mentions)) return true;
        // 中午还是7个 不是多一个: a change denied is a statement of its own; the figure before it stands.
        if (text.startsWith("不是", at + 1) && DeniedFigures.deniesChange(text, at + 3)) return true;
        // 有一个领导临时有事 中午饭还吃: after someone kept back, the meal said next is a statement of its own.
        if (figure && KeptBack.endsAt(text, from, at) && MealsAroundSpace.mealAt(at + 1, mentions)) return true;
        // 我们不是报了吗 中午全部在赛场吃: asking back whether it was reported is talk before the report.
        if (SpaceQuestions.reportedAsked(text, from, at)) return true;
        // 北海线3个不变 柳州线那边的李处改去北海了: a route's figure said unchanged ends its statement.
        if (KeptRouteFigure.endsAt(text, from, at, mentions)) return true;
        // 部领导已经上9号车了 9号车实到7人: people said aboard a bus, then the bus counted, each a statement of its own.
        if (vehicle && !figure && text.charAt(at - 1) == '了' && busCountedAt(at + 1, mentions, hits)) return true;
        // 9号车接到新疆 实到45 还有两个行李丢了: after a bus's count, a problem of its own opens a statement.
        if (CountThenProblem.opens(text, from, at, mentions, hits)) return true;
        // 6号车实到30人 那2个坐错车了在我们这: after a bus's count, people on the wrong bus are a remark of their own.
        if (WrongBusAfterCount.opens(text, from, at, mentions, hits)) return true;
        // 柳州到了 6号车39 7号车34: a run of bus counts after a lead-in opens a statement of its own.
        if (BusCountRun.opens(text, from, at, mentions)) return true;
        // 明天早餐正常吃 北海线五个人, 晚上不吃 四个都去柳州: the meal whole, then a route's figure.
        if (RouteAfterMeal.opens(text, from, at, mentions)) return true;
        // 到南宁东 柳州线5人, 晚宴不用留 北海全团都去, 处长好多了 北海线还是去6个: news, then a route's figure of its own.
        if (RouteFigureAfterNews.opens(text, from, at, mentions, hits)) return true;
        // 考察我们就不去了 单位有事 开完会就回: a drop-out, then the delegation's leaving.
        if (DropOutThenLeaving.opens(text, from, at, mentions, hits)) return true;
        // 大连住建局下午不去考察了 晚饭在山庄吃3人: a drop-out said whole, then a meal of its own.
        if (DropOutThenMeal.opens(text, from, at, mentions)) return true;
        // 宵夜30人 决赛打完估计十点多回来, 宵夜不要 明天全团早上8点40走: a meal's statement complete before the space.
        if (MealStatementEnds.opens(text, from, at, mentions, hits)) return true;
        // 有个教练身体不舒服 全团晚饭都不吃了: the whole delegation with a meal of its own opens a statement.
        if (any && MealShares.wholeOpens(text, at + 1) && MealsAroundSpace.mealWithin(text, at + 1, mentions))
            return true;
        // 山西全员去柳州了 晚饭不吃: the whole delegation going on a route, then a meal of its own.
        if (RouteTurns.wholeThenMeal(text, from, at, mentions) || RouteTurns.mealThenWhole(text, from, at, mentions))
            return true;
        // 福建32 中午 晚上不吃了: the meal word alone after a figure with no meal is that figure's; the next meal is apart.
        if (FigureThenMeal.endsAt(text, from, at, mentions, hits)) return true;
        // 北京明天上午10点 10号车送站 全团42人: a delegation's time, then the bus seeing them off, is one statement.
        if (subject && clockLast && BusErrands.seeingOffNext(text, at, mentions)) return false;
        // 发改委3位 12号车 9点出发去机场: a delegation's figure, then the bus they leave on at its time, is one statement.
        if (subject && LeavingBus.next(text, from, at, mentions)) return false;
        // 晚上33 明天33: a day with a bare figure after a meal's figure is a statement of its own, not the meal's day.
        if (figure && MealsAroundSpace.mealFigureLast(text, from, at, mentions) && DayFigure.at(text, at + 1, mentions))
            return true;
        // 中午二十来个 晚上32: a meal's estimate ends its statement; the next meal's figure is not its figure.
        if (MealsAroundSpace.mealEstimateLast(text, from, at, mentions)
                && SpaceOpenings.statementAfter(text, at, mentions, hits, true)) return true;
        // 有4个去医院看病了 晚上的等他们回来再报: a meal put off is a statement of its own.
        if (figure && SpaceRemarks.deferredMeal(text, at + 1, mentions, hits)) return true;
        // 陕西今天中午 晚上都正常 对了我们队有个女孩子肚子疼: an afterthought after a report turns to another matter.
        if (any && SpaceOpenings.turnsAside(text, at + 1)) return true;
        // 湖北柳州线有2个上午回武汉了 现在4个: after people leaving, the figure now is a statement of its own.
        if (figure
                && SubjectsAt.nowFigure(text, SubjectsAt.afterRoute(at + 1, mentions))
                && (StatementSpans.holds(from, at, hits, Cue.DEPART)
                        || StatementSpans.holds(from, at, hits, Cue.FEWER)
                        || text.substring(from, at).contains("不去"))) return true;
        // 百色线6个 有一个临时要回郑州 5个: people leaving, then the route's figure alone at the end.
        if (BareRouteFigure.opens(text, from, at, mentions, hits)) return true;
        // 有两个去医院复查 报34, 有6个去训练了 就报38: the figure reported after people given a reason.
        // (晚上有5个人先走了 报23: after people leaving, the figure is read with the movement.)
        boolean plain = figure
                && !vehicle
                && !StatementSpans.holds(from, at, hits, Cue.HEADCOUNT)
                && !StatementSpans.holds(from, at, hits, Cue.DEPART)
                && !StatementSpans.holds(from, at, hits, Cue.ARRIVE);
        if (plain && ReportedFigure.opens(text, at + 1, mentions)) return true;
        // 中午25 有10个去比赛场地 晚上35: after a remark on some people, the next meal's figure is a statement of its own.
        if (figure && MealAfterRemark.opens(text, from, at, mentions, hits)) return true;
        // 湖北柳州线改成6个了 有个领导上午要回武汉: one person leaving after a figure opens a statement of their own.
        if (OneLeaverAfterFigure.opens(text, from, at, mentions, hits)) return true;
        // 福建早点22个 先走的十个不吃, 中午33人 走了六个嘛: after a meal's figure, the people leaving open a statement.
        if (figure && LeaversAfterFigure.opens(text, from, at, mentions, hits)) return true;
        // 报34 晚上再说: a figure reported is a statement of its own.
        if (plain && ReportedFigure.opens(text, from, mentions) && after) return true;
        boolean moved =
                StatementSpans.holds(from, at, hits, Cue.DEPART) || StatementSpans.holds(from, at, hits, Cue.ARRIVE);
        // 1号车少了一个 33: the figure counted after a bus's shortfall is the same statement.
        if (vehicle && figure && ShortfallFigures.splitsShortfall(text, from, at, mentions)) return false;
        // 甘肃9点半 都是大巴送站: after a delegation and its time, a last remark with nothing to read is aside.
        if (subject && clockLast && !after) return true;
        // 1号车30人 2号车28人: a vehicle with its figure is a statement of its own; so is a movement with its time (明天8点到
        // 中午不吃).
        subject |= vehicle && figure || timed && moved;
        // 浙江厅8人 MU5327 下午3点40到 到了在哪上车？: a question after a movement with its time asks apart; so does one
        // with no question mark that names nothing after people's movement at a clock time (渝 5人 G1318 下午三点零五到南宁东
        // 接站的车在哪边等啊; 新疆的车下午3点到 司机电话多少 is the bus, no one's arrival).
        if (subject
                && timed
                && !after
                && (SpaceQuestions.lastAsks(text, at)
                        || moved
                                && StatementSpans.peopleOnLine(text, at, mentions)
                                && StatementSpans.clockBetween(from, at, mentions)
                                && !StatementSpans.holds(from, at, hits, Cue.QUESTION)
                                && SpaceQuestions.bareAskedStill(text, at, mentions, hits))) return true;
        // 今天百色不去了 医务室几点开门: after someone dropping out of a route, a question that names nothing is asked
        // apart (没赶上北海的车 能打车追吗 is not: the question is about the same trouble).
        if (StatementSpans.routeBetween(from, at, mentions)
                && droppedOut(text.substring(from, at), hits, from, at)
                && SpaceQuestions.bareAsked(text, at, mentions, hits)) return true;
        // 福建那个同志没赶上车 算了 北海线少一个: after someone missing the bus, the route lowered is a statement of its own.
        if (MissedBusGivenUp.lowersNext(text, from, at, mentions, hits)) return true;
        // 3号车 30个 齐了 可以走了吗: a bus counted, then the question whether it may leave, asked apart.
        if (figure
                && (vehicle || StatementSpans.holds(from, at, hits, Cue.HEADCOUNT))
                && SpaceQuestions.leaveAsked(text, at, mentions, hits)) return true;
        // 黑龙江的刚落地 马上上车: what comes next, after an arrival, is a step of its own.
        if (subject && StatementSpans.holds(from, at, hits, Cue.ARRIVE) && CuesAt.startsWith(at + 1, hits, Cue.SOON))
            return true;
        if (!any
                && (StatementSpans.holds(from, at, hits, Cue.TALK)
                        || StatementSpans.holds(from, at, hits, Cue.CORRECTION))) return true;
        if (MealTurns.eatenThenMeal(text, from, at, mentions, hits)) return true;
        // 刚开完会 广东中午37, 骨裂 要住院观察 今天晚上吃饭39个, 晚上29 我们的7号车…找不到了, 中午报一下 26: each its own.
        if (MealBesideRemarks.opens(text, from, at, mentions, hits)) return true;
        // 麻烦医生来看一下 早饭少3个: after a request, a meal said next opens a statement of its own.
        if (SpaceQuestions.asks(text, from, hits) && MealsAroundSpace.mealAt(at + 1, mentions)) return true;
        return SpaceAfterStatement.opens(text, from, at, mentions, hits, subject, figure, vehicle, moved);
    }

    private static boolean droppedOut(String said, List<CueTable.Hit> hits, int from, int at) {
        return said.contains("不去") || said.contains("去不了") || StatementSpans.holds(from, at, hits, Cue.FEWER);
    }

    /** Whether a vehicle named at {@code at} is counted right after it (9号车实到7人). */
    private static boolean busCountedAt(int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions)
            if (m.start() == at && m instanceof Mention.Vehicle)
                for (CueTable.Hit h : hits) if (h.cue() == Cue.HEADCOUNT && h.start() == m.end()) return true;
        return false;
    }
}
