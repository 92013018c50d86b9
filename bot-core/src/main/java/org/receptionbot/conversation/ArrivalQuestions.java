package org.receptionbot.conversation;

import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.event.Delegation;
import org.receptionbot.summary.Texts;

/** What {@link ArrivalConfirmations} answers when a report of people arriving confirms nothing. */
final class ArrivalQuestions {
    private ArrivalQuestions() {}

    /** Nothing expected and no figure to record. */
    static Answer nothingExpected(Delegation d) {
        return Answer.of(Reply.Kind.QUESTION, "未记录：" + d.name() + "今天没有待抵达的人员。如是新到人员，请报人数，如“3人已到”。");
    }

    /** The route's people said to have reached its site: acknowledged, no arrival at the event, the list unchanged. */
    static Answer atSite(Delegation d, org.receptionbot.event.VisitRoute route, Integer count) {
        String who = count == null ? "人员" : count + "人";
        return Answer.of(
                Reply.Kind.ANSWER, "已收到：" + d.name() + " " + route.name() + who + "已到达考察地点。考察到达不作抵达记录，名单人数不作调整。");
    }

    /** The report fits none of the arrivals expected (another figure, or no figure with several). */
    static Answer which(Delegation d, List<ExpectedArrivals.Expected> waiting, String text, Integer count) {
        String list = waiting.stream().map(x -> x.who() + "（" + x.said() + "）").collect(Collectors.joining("、"));
        if (waiting.size() == 1)
            return Answer.of(
                    Reply.Kind.QUESTION,
                    "未记录：" + d.name() + "今天待抵达的是" + list + "，与“" + text.strip() + "”人数不同。如是这批人员，请回复“"
                            + waiting.get(0).who() + "已到”；" + part(waiting.get(0), count) + other(count));
        return Answer.of(
                Reply.Kind.QUESTION,
                "未记录：" + d.name() + "今天待抵达的有：" + list + "。“" + text.strip() + "”是其中哪一批？请回复如“"
                        + waiting.get(0).who() + "已到”（全部已到请回复“到齐了”）；" + other(count));
    }

    /** The same people as an arrival that has happened, said again. */
    static Answer already(Delegation d, ExpectedArrivals.Expected same, Integer count) {
        return Answer.of(
                Reply.Kind.ANSWER,
                "已确认过：" + d.name() + " " + same.who() + "已于"
                        + Texts.time(same.arrival().time()) + "抵达，未重复记录。" + other(count));
    }

    /** Other people than those arrived today, with nothing expected. */
    static Answer otherThan(Delegation d, List<ExpectedArrivals.Expected> arrived, String text, Integer count) {
        String list = arrived.stream()
                .map(x -> x.people() + "人（" + Texts.time(x.arrival().time()) + "）")
                .collect(Collectors.joining("、"));
        return Answer.of(
                Reply.Kind.QUESTION,
                "未记录：" + d.name() + "今天已抵达的有" + list + "，与“" + text.strip() + "”人数不同。" + other(count));
    }

    /**
     * "到了33人 还有1个明天到" from a team of 33: those who came and those still to come add up to more than the
     * team has; which is right is asked, nothing is recorded until then.
     */
    static String overSize(Delegation d, int came, int missing, String text) {
        int fewer = Math.max(d.size() - missing, 0);
        return "⚠未记录：" + d.name() + "全团" + d.size() + "人，“" + text.strip() + "”中已到" + came + "人、未到" + missing
                + "人，合计" + (came + missing) + "人，多于全团人数。请核实后回复：\n如全团" + d.size() + "人都已到齐，请回复“" + d.size()
                + "人已到”；\n如实到" + fewer + "人、" + missing + "人稍后到，请回复如“到了" + fewer + "人 还有" + missing
                + "个明天到”；\n如确为" + (came + missing) + "人（比全团多" + (came + missing - d.size()) + "人），请点“确认”或回复“确认”。";
    }

    /** "到了 人都在 33" of 34 expected: the reply that records the part who came, the rest still to come. */
    private static String part(ExpectedArrivals.Expected x, Integer count) {
        if (count == null || count <= 0 || count >= x.people()) return "";
        return "如是这批人员中到了" + count + "人，请回复“" + count + "人已到，" + (x.people() - count) + "人未到”；";
    }

    private static String other(Integer count) {
        return "如是另外新到的人员，请回复“另外" + (count == null ? "N" : count) + "人已到”。";
    }
}
