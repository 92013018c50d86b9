package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Asked;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Headcount;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.reminder.VisitNotices;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.VisitBoards;

/**
 * Tells the coordinators' chats what they must act on (changes after a deadline, new issues and
 * follow-ups of pending ones, visit changes after the buses left), the caterer's the late changes, a route's site its late changes
 * and the people swapped on it after its list went out.
 */
public final class Notices {
    private final Event event;
    private final People people;
    private final HeadcountBoards headcounts;
    private final Outbox outbox;
    private final RecordText texts;
    private final CountWarnings counts;
    private final IssueNotices issues;
    private final SaidOnce said;
    private final MissingAtCount missing;

    /** Without the head-count warnings of the site visits. */
    public Notices(Event event, People people, HeadcountBoards headcounts, Outbox outbox) {
        this(event, people, headcounts, outbox, null, null);
    }

    /** @param said what was told once, so that a head count's warnings are not told twice */
    public Notices(
            Event event, People people, HeadcountBoards headcounts, Outbox outbox, VisitBoards visits, SaidOnce said) {
        this.counts = visits == null ? null : new CountWarnings(event, people, visits, outbox, said);
        this.event = event;
        this.people = people;
        this.headcounts = headcounts;
        this.outbox = outbox;
        this.texts = new RecordText(event);
        this.issues = new IssueNotices(texts, outbox);
        this.said = said;
        this.missing = new MissingAtCount(people, outbox, texts);
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
        List<ChatRef> chats = people.chats(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !c.equals(asked.chat()))
                .toList();
        List<ChatRef> caterers = people.chats(ChatDef.Role.CATERER).stream()
                .filter(c -> !c.equals(asked.chat()) && !chats.contains(c))
                .toList();
        String heading = "⚠报餐截止后" + (correction ? "更正" : "变更") + "（" + who(asked) + "）\n";
        send(chats, heading + body);
        send(caterers, heading + meals);
        List<String> told = new ArrayList<>();
        if (!chats.isEmpty()) told.add("协调组");
        if (!caterers.isEmpty()) told.add("餐饮保障组");
        return told.isEmpty() ? "⚠已过报餐截止时间。" : "⚠已过报餐截止时间，本次变更已通知" + String.join("和", told) + "。";
    }

    /**
     * Tells the coordinators, each route's receiving site and the work group (not the chat where it
     * was made) of a visit change made after the route's buses left, naming the bus liaisons, and
     * returns the warning for the answer. The site is told of its list only: meals, departures and
     * issues said beside the change are not its business.
     *
     * @param body the lines of the answer so far, without its heading
     * @param visitsOnly the visit lines of the answer (the records and their routes' figures), for the site
     */
    String departed(List<VisitRoute> routes, String body, String visitsOnly, Asked asked) {
        List<String> lines = new ArrayList<>();
        List<String> told = new ArrayList<>();
        for (VisitRoute r : routes) {
            String buses = busLiaisons(r);
            List<ChatRef> sites = new ArrayList<>();
            event.siteChats(r.id()).forEach(c -> sites.add(new ChatRef(c.platform(), c.id())));
            List<ChatRef> chats = new ArrayList<>();
            for (ChatDef.Role role : List.of(ChatDef.Role.COORDINATORS, ChatDef.Role.GROUP))
                people.chats(role).stream()
                        .filter(c -> !sites.contains(c) && !chats.contains(c))
                        .forEach(chats::add);
            sites.remove(asked.chat());
            chats.remove(asked.chat());
            String left = r.name() + "车辆已于" + Texts.time(r.depart()) + "出发";
            String heading = "⚠考察车辆出发后变更（" + who(asked) + "）：" + left + "\n";
            String check = buses.isEmpty() ? "" : "\n请随车联络员核实：" + buses;
            send(sites, heading + visitsOnly + check);
            send(chats, heading + body + check);
            if (!event.siteChats(r.id()).isEmpty() && !told.contains(r.name() + "接待方")) told.add(r.name() + "接待方");
            lines.add("⚠" + left + (buses.isEmpty() ? "" : "，请与随车联络员核实（" + buses + "）") + "。");
        }
        if (!people.chats(ChatDef.Role.COORDINATORS).isEmpty()) told.add(0, "协调组");
        return String.join("\n", lines) + (told.isEmpty() ? "" : "\n本次变更已通知" + String.join("、", told) + "。");
    }

    /**
     * A person swapped for another on a route whose list already went to its site, before the route
     * arrives: the site's chats and the coordinators (not the chat where it was said) are told once,
     * as an update of the list; the line for the answer, or empty when no one was told.
     */
    Optional<String> swapped(NamedSwaps.Swap swap, Asked asked) {
        VisitRoute r = swap.route();
        boolean sent = said != null && said.said(VisitNotices.listKey(r));
        if (!sent || !asked.now().isBefore(r.arrival().atZone(event.zone()).toInstant())) return Optional.empty();
        List<ChatRef> chats = new ArrayList<>();
        event.siteChats(r.id()).forEach(c -> chats.add(new ChatRef(c.platform(), c.id())));
        people.chats(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !chats.contains(c))
                .forEach(chats::add);
        chats.remove(asked.chat());
        if (chats.isEmpty() || !said.claim("visit-swap:" + asked.source().messageKey())) return Optional.empty();
        send(
                chats,
                "【考察名单更新】" + r.name() + "预计" + Texts.time(r.arrive()) + "到达\n  " + NamedSwaps.line(swap) + "（人数不变，仍"
                        + swap.people() + "人）\n（" + who(asked) + "）");
        boolean site = !event.siteChats(r.id()).isEmpty();
        return Optional.of(r.name() + "名单已发出，本次调整已通知" + (site ? r.name() + "接待方" : "协调组") + "。");
    }

    /** "3号车 黄文斌 13577100003、4号车 …": the route's buses with their liaisons. */
    private String busLiaisons(VisitRoute r) {
        List<String> buses = new ArrayList<>();
        for (Vehicle v : event.vehiclesOf(r)) {
            for (Person p : v.liaisons())
                buses.add(v.id() + "号车 " + p.name() + (p.phone() == null ? "" : " " + p.phone()));
        }
        return String.join("、", buses);
    }

    /** Tells the coordinators once of the applied head counts' warnings ({@link CountWarnings}); the lines for the answer. */
    List<String> counts(List<Entry> entries, Asked asked, int onTheirOwn) {
        return counts == null ? List.of() : counts.tell(entries, asked, onTheirOwn);
    }

    /**
     * Tells the coordinators of the applied records' matters: a bus counted short (but for one short by exactly the
     * {@code onTheirOwn} people the sender says go on their own) and issues.
     */
    void tell(Recorder.Applied applied, Asked asked, int onTheirOwn) {
        List<ChatRef> chats = people.chats(ChatDef.Role.COORDINATORS);
        String who = who(asked);
        for (Entry e : applied.entries()) {
            if (e.record() instanceof Headcount h) shortfall(chats, h, e, who, onTheirOwn);
        }
        issues.tell(applied, chats, people.chats(ChatDef.Role.CATERER), who);
    }

    private void shortfall(List<ChatRef> chats, Headcount h, Entry e, String who, int onTheirOwn) {
        headcounts.board(e.day()).stream()
                // a site-visit bus's shortfall is told once by CountWarnings
                .filter(l -> l.vehicle().id().equals(h.vehicle()) && l.plan() == null)
                .findFirst()
                .flatMap(l -> l.shared() ? shareOf(l, h) : Optional.of(l))
                .filter(l -> !l.flag().isEmpty())
                // 实到46 还有2个自己打车过去: the liaison accounted for the 2
                .filter(l -> !(l.shortfall() && l.missing() == onTheirOwn))
                .ifPresent(l -> send(
                        chats,
                        "⚠" + l.vehicle().id() + "号车清点" + l.flag().substring(1) + "（" + who + "）："
                                + (l.delegation() == null ? "" : l.delegation().name()) + " 实到" + l.counted() + "人 / 应到"
                                + l.expected() + "人"));
    }

    /**
     * On a bus carrying several delegations, the counted delegation's own share as a line of its own: a shortfall is
     * told of the delegation that counted it, not of the bus's total.
     */
    private static Optional<HeadcountLine> shareOf(HeadcountLine l, Headcount h) {
        String whose = h.delegation() != null ? h.delegation() : l.vehicle().delegation();
        return l.share(whose)
                .map(s -> new HeadcountLine(
                        l.vehicle(), s.delegation(), s.counted(), s.expected(), s.at(), s.reporter(), null));
    }

    /**
     * Passes a sender's words on to the coordinators' chats (not the chat where they were said), headed by
     * {@code heading} and who said them; whether any chat was told.
     */
    boolean pass(String heading, String body, Asked asked) {
        List<ChatRef> chats = people.chats(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !c.equals(asked.chat()))
                .toList();
        send(chats, heading + "（" + who(asked) + "）：" + body);
        return !chats.isEmpty();
    }

    private String who(Asked asked) {
        return asked.sender().name() + " " + texts.clock(asked.now());
    }

    private void send(List<ChatRef> chats, String text) {
        for (ChatRef chat : chats) outbox.send(Reply.notice(chat, text));
    }
}
