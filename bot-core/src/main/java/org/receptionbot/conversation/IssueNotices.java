package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.summary.PackedOrder;
import org.receptionbot.summary.RecordText;

/**
 * Tells the coordinators of each issue a message opened, and once of each pending issue it followed up; the caterer's
 * chats of each meal matter opened (packed portions, a meal kept or brought): they make it.
 */
final class IssueNotices {
    private final Event event;
    private final RecordText texts;
    private final Outbox outbox;

    IssueNotices(Event event, RecordText texts, Outbox outbox) {
        this.event = event;
        this.texts = texts;
        this.outbox = outbox;
    }

    /** @param who the sender and the time, as the notices name them */
    void tell(Recorder.Applied applied, List<ChatRef> chats, String who) {
        tell(applied, chats, List.of(), who);
    }

    /** @param caterers the caterer's chats, told of the meal matters opened (those among {@code chats} are not) */
    void tell(Recorder.Applied applied, List<ChatRef> chats, List<ChatRef> caterers, String who) {
        List<ChatRef> kitchen =
                caterers.stream().filter(c -> !chats.contains(c)).toList();
        for (IssueTicket t : applied.tickets()) {
            if (t.issue().category() == IssueCategory.MEAL)
                send(
                        kitchen,
                        "【餐饮需求】问题#" + t.number() + "（" + who + "）：" + texts.describe(t.issue()) + order(t)
                                + calledOff(t).orElse("\n由协调组受理后安排。"));
            send(
                    chats,
                    "新问题#" + t.number() + "（" + who + "）：" + texts.describe(t.issue()) + texts.issueVehicles(t.issue())
                            + "\n受理请发“/ack " + t.number()
                            + "”，办结请发“/done " + t.number() + " 处理结果”。");
        }
        for (IssueTicket t : applied.followed()) {
            followedUp(chats, t, who);
            changedOrder(t)
                    .ifPresent(change -> send(
                            kitchen,
                            "【餐饮需求】问题#" + t.number() + "变更（" + who + "）：" + texts.describe(latestWord(t)) + change
                                    + "\n以本条为准，由协调组受理后安排。"));
        }
    }

    /**
     * "\n即11月24日（周二）早餐打包10份（原为打包8份）": a packing order changed by the follow-up just added, the serving
     * it is for and the order it replaces; empty when the follow-up orders no packing.
     */
    private java.util.Optional<String> changedOrder(IssueTicket t) {
        if (t.issue().category() != IssueCategory.MEAL || t.followUps().isEmpty()) return java.util.Optional.empty();
        List<IssueTicket.FollowUp> said = t.followUps();
        IssueTicket.FollowUp latest = said.get(said.size() - 1);
        var now = PackedOrder.of(latest.issue(), latest.source().at(), event);
        var off = PackedOrder.calledOff(latest.issue(), latest.source().at(), event);
        if (now.isEmpty() && off.isEmpty()) return java.util.Optional.empty();
        var before = PackedOrder.of(t.issue(), t.reported().at(), event);
        for (IssueTicket.FollowUp f : said.subList(0, said.size() - 1)) {
            var o = PackedOrder.of(f.issue(), f.source().at(), event);
            if (o.isPresent()) before = o;
        }
        if (now.isEmpty())
            return java.util.Optional.of("\n即"
                    + org.receptionbot.summary.Texts.day(off.get().date())
                    + off.get().meal().label() + "取消打包"
                    + before.map(o -> "（原为"
                                    + o.said()
                                            .substring(o.said().indexOf(o.meal().label())
                                                    + o.meal().label().length()) + "）")
                            .orElse("")
                    + "，按堂食备餐");
        String was = before.filter(o -> !o.said().equals(now.get().said()))
                .map(o -> "（原为"
                        + o.said()
                                .substring(o.said().indexOf(o.meal().label())
                                        + o.meal().label().length()) + "）")
                .orElse("");
        return java.util.Optional.of("\n即" + now.get().said() + was);
    }

    private static org.receptionbot.record.Issue latestWord(IssueTicket t) {
        return t.followUps().get(t.followUps().size() - 1).issue();
    }

    /** What was said now, and what was reported first, with where it stands (said fixed by the reporter: 报告人称已解决，待确认). */
    private void followedUp(List<ChatRef> chats, IssueTicket t, String who) {
        IssueTicket.FollowUp latest = t.followUps().get(t.followUps().size() - 1);
        send(
                chats,
                "问题#" + t.number() + (latest.equals(t.reopenedBy()) ? "已办结后再次反映，已重新打开（" : "有补充（") + who + "）："
                        + texts.describe(latest.issue()) + "\n原报（"
                        + texts.clock(t.reported().at()) + "，" + t.standing() + "）："
                        + t.issue().text() + "\n办结请发“/done " + t.number() + " 处理结果”。");
    }

    /** "\n即11月24日（周二）早餐打包10份（6点前）": the serving the packing is for, not "明早". */
    private String order(IssueTicket t) {
        return PackedOrder.of(t.issue(), t.reported().at(), event)
                .map(o -> "\n即" + o.said())
                .orElse("");
    }

    /**
     * "\n即11月25日（周三）早餐取消打包，此前的打包订单作废，按堂食备餐。": the packing of a serving called off ("不用打包了"),
     * which asks the caterer for nothing new; empty when {@code t} calls off no packing.
     */
    private java.util.Optional<String> calledOff(IssueTicket t) {
        return PackedOrder.calledOff(t.issue(), t.reported().at(), event)
                .map(o -> "\n即" + org.receptionbot.summary.Texts.day(o.date())
                        + o.meal().label() + "取消打包，此前的打包订单作废，按堂食备餐。");
    }

    private void send(List<ChatRef> chats, String text) {
        for (ChatRef chat : chats) outbox.send(Reply.notice(chat, text));
    }
}
