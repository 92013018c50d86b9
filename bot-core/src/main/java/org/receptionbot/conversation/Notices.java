package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.command.Asked;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Headcount;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * Tells the coordinators' chats what they must act on (changes after a deadline, new issues and
 * follow-ups of pending ones, visit changes after the buses left), the caterer's the late changes, a route's site its late changes
 * and the people swapped on it after its list went out. The visits' notices are {@link VisitChangeNotices}', a bus
 * counted short {@link BusShortfalls}', issues {@link IssueNotices}'; where notices go, {@link NoticeChats}.
 */
public final class Notices {
    private final NoticeChats chats;
    private final CountWarnings counts;
    private final IssueNotices issues;
    private final MissingAtCount missing;
    private final VisitChangeNotices visits;
    private final BusShortfalls shortfalls;
    private final SaidOnce said;

    /** Without the head-count warnings of the site visits. */
    public Notices(Event event, People people, HeadcountBoards headcounts, Outbox outbox) {
        this(event, people, headcounts, outbox, null, null);
    }

    /** @param said what was told once, so that a head count's warnings are not told twice */
    public Notices(
            Event event, People people, HeadcountBoards headcounts, Outbox outbox, VisitBoards visits, SaidOnce said) {
        this.counts = visits == null ? null : new CountWarnings(event, people, visits, outbox, said);
        RecordText texts = new RecordText(event);
        this.chats = new NoticeChats(people, outbox, texts);
        this.issues = new IssueNotices(event, texts, outbox);
        this.missing = new MissingAtCount(people, outbox, texts);
        this.visits = new VisitChangeNotices(event, chats, said);
        this.shortfalls = new BusShortfalls(headcounts, chats);
        this.said = said;
    }

    /** Whether the bot has said on its own what {@code key} names (a 【离会确认】); false where it cannot tell. */
    boolean said(String key) {
        return said != null && said.said(key);
    }

    /**
     * Claims {@code key} for a notice told once only (the same people at the same meal during service); true the first
     * time, and always where nothing remembers what was said.
     */
    boolean first(String key) {
        return said == null || said.claim(key);
    }

    /** People said missing at a bus's count ("还差2个在找"): the coordinators told, and the line for the answer. */
    Optional<String> missing(List<Entry> entries, Asked asked, String text) {
        return missing.tell(entries, asked, text);
    }

    /**
     * Tells the coordinators' and the caterer's chats of a change after a meal's count deadline (not
     * the chat where it was made: its answer is there), each chat once, and returns the line for the
     * answer.
     *
     * @param body the lines of the answer so far, without its heading
     * @param meals those lines without the issues', for the caterer: health and other problems are the
     *     coordinators'
     * @param correction true for an edited message: the notice says it is a correction
     */
    String late(String body, String meals, Asked asked, boolean correction) {
        List<ChatRef> coordinators = chats.of(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !c.equals(asked.chat()))
                .toList();
        List<ChatRef> caterers = chats.of(ChatDef.Role.CATERER).stream()
                .filter(c -> !c.equals(asked.chat()) && !coordinators.contains(c))
                .toList();
        String heading = "⚠报餐截止后" + (correction ? "更正" : "变更") + "（" + chats.who(asked) + "）\n";
        chats.send(coordinators, heading + body);
        chats.send(caterers, heading + meals);
        List<String> told = new ArrayList<>();
        if (!coordinators.isEmpty()) told.add("协调组");
        if (!caterers.isEmpty()) told.add("餐饮保障组");
        return told.isEmpty() ? "⚠已过报餐截止时间。" : "⚠已过报餐截止时间，本次变更已通知" + String.join("和", told) + "。";
    }

    /**
     * Sends {@code body}, headed by {@code heading} and who said it, to the coordinators' and the caterer's chats (not
     * the chat where it was said), each chat once; who was told ("协调组", "餐饮保障组"), empty when no chat was.
     */
    List<String> relay(String heading, String body, Asked asked) {
        List<ChatRef> coordinators = chats.of(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !c.equals(asked.chat()))
                .toList();
        List<ChatRef> caterers = chats.of(ChatDef.Role.CATERER).stream()
                .filter(c -> !c.equals(asked.chat()) && !coordinators.contains(c))
                .toList();
        String text = heading + "（" + chats.who(asked) + "）\n" + body;
        chats.send(coordinators, text);
        chats.send(caterers, text);
        List<String> told = new ArrayList<>();
        if (!coordinators.isEmpty()) told.add("协调组");
        if (!caterers.isEmpty()) told.add("餐饮保障组");
        return told;
    }

    /** A visit change after its routes' buses left: see {@link VisitChangeNotices#departed}. */
    String departed(List<VisitRoute> routes, String body, String visitsOnly, Asked asked) {
        return visits.departed(routes, body, visitsOnly, asked);
    }

    /** A person swapped on a route whose list went out: see {@link VisitChangeNotices#swapped}. */
    Optional<String> swapped(NamedSwaps.Swap swap, Asked asked) {
        return visits.swapped(swap, asked);
    }

    /** Tells the coordinators once of the applied head counts' warnings ({@link CountWarnings}); the lines for the answer. */
    List<String> counts(List<Entry> entries, Asked asked, int onTheirOwn, String text) {
        return counts == null ? List.of() : counts.tell(entries, asked, onTheirOwn, text);
    }

    /**
     * Tells the coordinators of the applied records' matters: a bus counted short (but for one short by exactly the
     * {@code onTheirOwn} people the sender says go on their own) and issues.
     */
    void tell(Recorder.Applied applied, Asked asked, int onTheirOwn) {
        List<ChatRef> coordinators = chats.of(ChatDef.Role.COORDINATORS);
        String who = chats.who(asked);
        for (Entry e : applied.entries()) {
            if (e.record() instanceof Headcount h) shortfalls.tell(coordinators, h, e, who, onTheirOwn);
        }
        issues.tell(applied, coordinators, chats.of(ChatDef.Role.CATERER), who);
    }

    /**
     * Passes a sender's words on to the coordinators' chats (not the chat where they were said), headed by
     * {@code heading} and who said them; whether any chat was told.
     */
    boolean pass(String heading, String body, Asked asked) {
        List<ChatRef> coordinators = chats.of(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !c.equals(asked.chat()))
                .toList();
        chats.send(coordinators, heading + "（" + chats.who(asked) + "）：" + body);
        return !coordinators.isEmpty();
    }
}
