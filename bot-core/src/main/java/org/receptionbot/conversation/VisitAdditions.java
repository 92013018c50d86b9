package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * "北海线再加1人" from a delegation that has people on another route that day reads two ways: more
 * people on the route, or people moving over from the other one (the contract gives both the same
 * record). The sender is asked which; a text with a word of switching (改, 换, 调, 原报…) is a
 * switch as it is. A report that would put more of a delegation's people on the road than it has is
 * asked about the same way ({@link VisitOverbooking}). "百色线再加1人" from a delegation with people
 * on no other route that day adds to its figure there: it is taken as the route's new figure, and so is
 * one that says its people are new (刚从北京赶过来的, 新来的, 家属, 另外新增, 原来没报考察), whatever
 * other routes the delegation has people on: words of not having signed up (原来没报) are no switch.
 */
public final class VisitAdditions {
    private static final Pattern SWITCH = Pattern.compile("[改换调转并]|原来|原报|本来|上错");
    /** Words that say the people added are new to the visits: they come from no other route. */
    private static final Pattern NEW = Pattern.compile("新来|新到|刚到|刚来|刚从|赶过来|赶来的|赶到的|家属|随行人员|没报过|新增|另外(?:新?增|加)|额外"
            + "|(?:原来|之前|本来|原先|原本|开始|此前|先前)(?:就)?(?:没有?|未|不)(?:报|参加|去|打算去|安排)");

    private final Event event;
    private final VisitBoards boards;
    private final Choice choice;
    private final RecordText texts;
    private final VisitOverbooking overbooking;
    private final VisitRouteAsks routeAsks;
    private final VisitRestatedSwitches restated;
    private final LeaverRoutes leavers;

    public VisitAdditions(Event event, VisitBoards boards, Choice choice) {
        this.event = event;
        this.boards = boards;
        this.choice = choice;
        this.texts = new RecordText(event);
        this.overbooking = new VisitOverbooking(event, boards, choice);
        this.routeAsks = new VisitRouteAsks(event, boards);
        this.restated = new VisitRestatedSwitches(boards);
        this.leavers = new LeaverRoutes(event, boards);
    }

    /**
     * The outcome with each addition to a route, from a delegation with people on no other route
     * that day, as the route's new figure (百色线 5 and "再加1人": 百色线 6), unless the text says
     * it is a switch. A drop-out whose route is missing or holds none of the delegation's people is
     * first checked against the lists ({@link VisitRouteAsks}).
     *
     * @param sent the day the message was sent, for a drop-out that names no route
     */
    ParseOutcome own(ParseOutcome outcome, String text, java.time.LocalDate sent) {
        return own(outcome, text, sent, null);
    }

    /** As {@link #own(ParseOutcome, String, java.time.LocalDate)}, from the liaison of {@code vehicle} (or null). */
    ParseOutcome own(ParseOutcome outcome, String text, java.time.LocalDate sent, String vehicle) {
        return figures(routeAsks.check(restated.drop(outcome), text, sent, vehicle), text);
    }

    /**
     * The outcome with the routes of a few leaving before the visit settled or asked ({@link LeaverRoutes}); read
     * after the departures said as happening now got their time.
     */
    ParseOutcome leavers(ParseOutcome outcome, String text, java.time.LocalDateTime now) {
        return leavers.check(outcome, text, now);
    }

    /**
     * The outcome with each addition to a route that adds people as the route's new figure: said to be
     * new, or from a delegation with people on no other route that day; a switch stays as it is.
     */
    ParseOutcome figures(ParseOutcome outcome, String text) {
        boolean fresh = fresh(text);
        if (!(outcome instanceof ParseOutcome.Understood u) || !fresh && switches(text)) return outcome;
        List<Record> records = new ArrayList<>();
        for (Record r : u.records()) {
            boolean own =
                    r instanceof VisitChange c && adds(c) && (fresh || others(c).isEmpty());
            records.add(own ? asFigure((VisitChange) r) : r);
        }
        return new ParseOutcome.Understood(records, u.further());
    }

    private Visit asFigure(VisitChange c) {
        return new Visit(c.delegation(), c.to(), boards.people(c.to(), c.delegation()) + c.count());
    }

    /** The question to ask instead of applying what was read, if a change to a route may be an addition or a switch. */
    Optional<Answer> ask(ParseOutcome outcome, String text, Asked asked) {
        // people said to be new are recorded as more people, with a warning if the delegation is exceeded
        if (!(outcome instanceof ParseOutcome.Understood u) || fresh(text) || switches(text)) return Optional.empty();
        List<String> lines = new ArrayList<>();
        List<Record> added = new ArrayList<>();
        List<Record> switched = new ArrayList<>();
        String from = null;
        for (Record r : u.records()) {
            List<VisitRoute> others = r instanceof VisitChange c ? others(c) : List.of();
            if (others.isEmpty()) {
                added.add(r);
                switched.add(r);
                continue;
            }
            VisitChange c = (VisitChange) r;
            added.add(asFigure(c));
            switched.add(
                    others.size() == 1
                            ? new VisitChange(
                                    c.delegation(), c.count(), others.get(0).id(), c.to())
                            : c);
            from = others.size() == 1 ? others.get(0).name() : "其他线路";
            lines.add(texts.delegation(c.delegation()) + " " + texts.route(c.to()) + "加" + c.count() + "人：该团现有" + has(c)
                    + "。");
        }
        if (lines.isEmpty()) return overbooking.ask(u, asked);
        String question = String.join("\n", lines) + "\n请问是新增人员，还是从" + from + "调整过来？请点按钮或回复“新增”或“调整”。";
        return Optional.of(choice.ask(
                question,
                asked,
                added,
                new Choice.Offer(Choice.Option.ADDED, "新增人员", added),
                new Choice.Offer(Choice.Option.SWITCHED, "从" + from + "调整", switched)));
    }

    /** Whether the text says the people added are new to the visits ("原来没报考察", "另外新增1人"). */
    static boolean fresh(String text) {
        return NEW.matcher(text).find();
    }

    /** Whether the text says people switch routes; "原来没报" is no switch, though 原来 often marks one. */
    static boolean switches(String text) {
        return SWITCH.matcher(NEW.matcher(text).replaceAll("")).find();
    }

    /** A change that adds people to a route, naming none they leave, of a delegation with people on other routes that day. */
    private List<VisitRoute> others(VisitChange c) {
        if (!adds(c)) return List.of();
        VisitRoute to = event.route(c.to()).orElseThrow();
        return event.visits().stream()
                .filter(r -> r.date().equals(to.date()) && !r.id().equals(c.to()))
                .filter(r -> boards.people(r.id(), c.delegation()) > 0)
                .toList();
    }

    /** A change of a known delegation that adds people to a route of the event file, naming none they leave. */
    private boolean adds(VisitChange c) {
        return c.count() != null
                && c.from() == null
                && c.to() != null
                && c.delegation() != null
                && event.route(c.to()).isPresent();
    }

    /** "北海线3人、柳州线2人": the delegation's people on the routes of that day. */
    private String has(VisitChange c) {
        VisitRoute to = event.route(c.to()).orElseThrow();
        List<String> on = new ArrayList<>();
        for (VisitRoute r : event.visits()) {
            int n = boards.people(r.id(), c.delegation());
            if (r.date().equals(to.date()) && (n > 0 || r.id().equals(to.id()))) on.add(r.name() + n + "人");
        }
        return String.join("、", on);
    }
}
