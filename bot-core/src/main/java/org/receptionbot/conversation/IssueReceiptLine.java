package org.receptionbot.conversation;

import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.FixedSaid;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * A receipt's line of an issue filed, followed up or reopened ("问题#6 【医疗】…（已转协调组）", "已补充到问题#6：…",
 * "问题#6已办结后再次反映，已重新打开：…"): the coordinators' lines, left out of what the caterer's chat is told.
 */
final class IssueReceiptLine {
    private static final String ISSUE = "问题#";
    private static final String FOLLOW_UP = "已补充到问题#";

    private final Event event;
    private final IssueBook issues;

    IssueReceiptLine(Event event, IssueBook issues) {
        this.event = event;
        this.issues = issues;
    }

    /** Whether a receipt's line is an issue's. */
    static boolean of(String line) {
        return line.startsWith(ISSUE) || line.startsWith(FOLLOW_UP);
    }

    /** The line of the issue {@code i} recorded in {@code e}, described as {@code text}. */
    String line(Entry e, Issue i, String text) {
        String told = "（" + UnplannedLateMeal.note(event, i)
                + (i.category() == IssueCategory.MEAL && catered() ? "已转协调组和餐饮保障组）" : "已转协调组）");
        return issues.findByEntry(e.id())
                .map(t -> e.id().equals(t.entryId())
                        ? ISSUE + t.number() + " " + text + told
                        : reopens(t, e)
                                ? ISSUE + t.number() + "已办结后再次反映，已重新打开：" + text + told
                                : FOLLOW_UP + t.number() + "：" + text
                                        + (FixedSaid.said(i.text()) ? FixedSaid.howToClose(t.number()) : told))
                .orElse(text);
    }

    private static boolean reopens(IssueTicket t, Entry e) {
        return t.reopenedBy() != null && t.reopenedBy().entryId().equals(e.id());
    }

    /** Whether the event has a caterer's chat, told of the meal matters ({@link IssueNotices}). */
    private boolean catered() {
        return event.chats().stream().anyMatch(c -> c.role() == ChatDef.Role.CATERER);
    }
}
