package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Asked;
import org.receptionbot.command.Desk;
import org.receptionbot.event.ChatDef;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Headcount;

/** Tells the coordinators' chats what they must act on: changes after a deadline, new issues. */
final class Notices {
    private final Desk desk;

    Notices(Desk desk) {
        this.desk = desk;
    }

    void tell(Recorder.Applied applied, String receipt, Asked asked) {
        List<ChatRef> chats = desk.people().chats(ChatDef.Role.COORDINATORS);
        String who = asked.sender().name() + " " + desk.texts().clock(asked.now());
        if (applied.entries().stream().anyMatch(Entry::late)) {
            send(chats, "⚠报餐截止后变更（" + who + "）\n" + receipt.replaceFirst("^已记录：", ""));
        }
        for (Entry e : applied.entries()) {
            if (e.record() instanceof Headcount h) shortfall(chats, h, e, who);
        }
        for (IssueTicket t : applied.tickets()) {
            send(
                    chats,
                    "新问题#" + t.number() + "（" + who + "）：" + desk.texts().describe(t.issue()) + "\n受理请发“/ack "
                            + t.number() + "”，办结请发“/done " + t.number() + " 处理结果”。");
        }
    }

    private void shortfall(List<ChatRef> chats, Headcount h, Entry e, String who) {
        desk.headcounts().board(e.day()).stream()
                .filter(l -> l.vehicle().id().equals(h.vehicle()) && l.shortfall())
                .findFirst()
                .ifPresent(l -> send(
                        chats,
                        "⚠" + l.vehicle().id() + "号车清点少" + l.missing() + "人（" + who + "）："
                                + (l.delegation() == null ? "" : l.delegation().name()) + " 实到" + l.counted() + "人 / 应到"
                                + l.expected() + "人"));
    }

    private void send(List<ChatRef> chats, String text) {
        for (ChatRef chat : chats) desk.outbox().send(Reply.text(chat, null, text));
    }
}
