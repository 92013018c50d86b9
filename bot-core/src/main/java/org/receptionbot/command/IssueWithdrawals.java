package org.receptionbot.command;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.summary.RecordText;

/**
 * The open issues an undo withdraws with the records of their message ("晚饭50 另外给晚到的4个留饭"): the answer says
 * each is withdrawn, and the chats its filing told are told so — the coordinators' of every issue, the caterer's of
 * a meal matter (packed portions, a meal kept), which it must no longer prepare.
 */
final class IssueWithdrawals {
    private final IssueLoop loop;
    private final People people;
    private final Outbox outbox;
    private final RecordText texts;

    IssueWithdrawals(IssueLoop loop, People people, Outbox outbox, RecordText texts) {
        this.loop = loop;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** The open issues {@code entries} reported, looked up before they are taken back. */
    List<IssueTicket> of(List<Entry> entries) {
        List<IssueTicket> found = new ArrayList<>();
        for (Entry e : entries) loop.reportedIn(e).ifPresent(found::add);
        return found;
    }

    /** Tells the chats the withdrawn issues were told in (not the chat of the undo); the answer's line of each. */
    List<String> tell(List<IssueTicket> withdrawn, Asked asked) {
        List<ChatRef> coordinators = chats(ChatDef.Role.COORDINATORS, asked, List.of());
        List<ChatRef> caterers = chats(ChatDef.Role.CATERER, asked, coordinators);
        String who = asked.sender().name() + " " + texts.clock(asked.now());
        List<String> lines = new ArrayList<>();
        for (IssueTicket t : withdrawn) {
            String what = "问题#" + t.number() + "已撤回";
            String issue = texts.describe(t.issue());
            send(coordinators, what + "（" + who + "）：" + issue);
            boolean meal = t.issue().category() == IssueCategory.MEAL;
            if (meal) send(caterers, "【餐饮需求】" + what + "（" + who + "）：" + issue + "\n请不再安排。");
            lines.add(what + "：" + issue + (meal && !caterers.isEmpty() ? "（已通知餐饮保障组）" : ""));
        }
        return lines;
    }

    private List<ChatRef> chats(ChatDef.Role role, Asked asked, List<ChatRef> told) {
        return people.chats(role).stream()
                .filter(c -> !c.equals(asked.chat()) && !told.contains(c))
                .distinct()
                .toList();
    }

    private void send(List<ChatRef> chats, String text) {
        for (ChatRef chat : chats) outbox.send(Reply.notice(chat, text));
    }
}
