package org.receptionbot.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;

/**
 * Reads what liaisons type into records of the records contract. Thread-safe once built; build one
 * per event. A message is read front ({@link FrontReader}) → rules ({@link Assembly} and the completions) → settling
 * ({@link Settling#AFTER_RULES}) → {@link ClauseFallback} → final steps ({@link Settling#AFTER_FALLBACK}).
 */
public final class MessageParser {
    /** Longer messages are read up to this many characters (a chat message is at most 4,096). */
    public static final int MAX_CHARS = 4_096;

    private final Lexicon lexicon;
    private final MentionScanner scanner;
    private final FrontReader fronts;
    private final PersonSwaps swaps;
    private final ClauseFallback fallback;
    /** Whether steps whose precondition the message fails are skipped ({@link MessageCues}). */
    private final boolean dispatch;

    public MessageParser(Event event) {
        this(event, true);
    }

    /** @param dispatch skip the steps whose precondition a message fails ({@link MessageCues}); false runs them all */
    MessageParser(Event event, boolean dispatch) {
        this.dispatch = dispatch;
        this.lexicon = new Lexicon(event);
        CueTable cues = new CueTable(new EatingAway(event));
        this.scanner = new MentionScanner(lexicon);
        this.fronts = new FrontReader(lexicon, scanner, cues);
        this.swaps = new PersonSwaps(event);
        this.fallback = new ClauseFallback(new InertPart(cues, scanner), new FoodLeftAsked(cues, scanner));
    }

    /**
     * @param now when the message was sent
     * @param senderDelegation the delegation the sender is bound to, or null for a coordinator or an
     *     unknown sender
     */
    public ParseOutcome parse(String text, Instant now, String senderDelegation) {
        return parse(text, now, senderDelegation, null);
    }

    /**
     * @param now when the message was sent
     * @param senderDelegation the delegation the sender is bound to, or null for a coordinator or an
     *     unknown sender
     * @param senderVehicle the vehicle whose liaison the sender is, or null: a head count that names no
     *     vehicle ("实到40人", "人齐了") is this vehicle's
     */
    public ParseOutcome parse(String text, Instant now, String senderDelegation, String senderVehicle) {
        if (text == null || text.isBlank()) return new ParseOutcome.NothingToRecord();
        ParseOutcome read = parse(text, now, senderDelegation, senderVehicle, false);
        // 收到，湖南明天走: an echo to the stateless reading; what it would record, read without the acknowledgement
        // and whom it addresses, goes to the chat, which knows whether the ledger holds it already.
        if (!(read instanceof ParseOutcome.NothingToRecord nothing)
                || !CoordinatorEcho.echoes(senderDelegation, clipped(text))) return read;
        List<org.receptionbot.record.Record> relayed = parse(
                        CoordinatorEcho.relayed(clipped(text)), now, senderDelegation, senderVehicle, true)
                .records();
        return relayed.isEmpty() ? read : nothing.echoing(relayed);
    }

    /**
     * @param relay read a coordinator's acknowledgement (收到, 好的, 已改 …) as a relay of new information, not
     *     as an echo ({@link CoordinatorEcho})
     */
    private ParseOutcome parse(String text, Instant now, String senderDelegation, String senderVehicle, boolean relay) {
        Whole whole = read(text, now, senderDelegation, senderVehicle, relay);
        SettlingStep.Message message = whole.message();
        String original = message.front().original();
        ParseOutcome fell = NoSilentLoss.step(
                whole.outcome(),
                settled -> fallback.read(
                        settled,
                        whole.open(),
                        EstimateWords.likelyAsGuesses(original),
                        message.front().local().toLocalDate(),
                        message.reread()),
                original);
        return Settling.settle(Settling.AFTER_FALLBACK, fell, message);
    }

    private static String clipped(String text) {
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** The message read whole, with no {@link ClauseFallback}: for the fallback's trials. */
    ParseOutcome whole(String text, Instant now, String senderDelegation, String senderVehicle) {
        return read(text, now, senderDelegation, senderVehicle, false).outcome();
    }

    /**
     * The message read whole, and whether it is {@link Assembly#open() open}: nothing read, and only the report odds
     * kept it silent. The rules' reading is settled by {@link Settling#AFTER_RULES}.
     */
    private Whole read(String text, Instant now, String senderDelegation, String senderVehicle, boolean relay) {
        Front f = fronts.read(text, now);
        Ruling ruling = rules(f, senderDelegation, senderVehicle, relay);
        SettlingStep.Message message = new SettlingStep.Message(
                f,
                text,
                senderDelegation,
                lexicon,
                part -> read(part, now, senderDelegation, senderVehicle, relay).outcome(),
                dispatch ? MessageCues.of(f) : null);
        ParseOutcome out = Settling.settle(Settling.AFTER_RULES, ruling.outcome(), message);
        return new Whole(out, ruling.open() && out instanceof ParseOutcome.NothingToRecord, message);
    }

    /** A message read whole; {@code open}: see {@link Assembly#open()}; {@code message}: what its steps settle. */
    private record Whole(ParseOutcome outcome, boolean open, SettlingStep.Message message) {}

    /** What the rules read, and whether the message is {@link Assembly#open() open}. */
    private record Ruling(ParseOutcome outcome, boolean open) {}

    /**
     * What the rules read of a message, before {@link KindNet} weighs it, and its shape: for the kind net's trials;
     * {@code settle} is what follows the net's check ({@link RouteFigureSettled#settled}).
     */
    record Ruled(
            ParseOutcome outcome,
            ReportShape shape,
            List<ReportShape> statements,
            java.util.function.UnaryOperator<ParseOutcome> settle) {}

    Ruled ruled(String text, Instant now, String senderDelegation) {
        Front f = fronts.read(text, now);
        boolean bound = senderDelegation != null;
        List<ReportShape> statements = new java.util.ArrayList<>();
        for (Clause c : f.clauses()) statements.add(ReportShape.of(c, bound));
        return new Ruled(
                rules(f, senderDelegation, null, false).outcome(),
                ReportShape.of(f.clauses(), bound),
                statements,
                checked -> RouteFigureSettled.settled(checked, f.text(), f.mentions()));
    }

    private Ruling rules(Front f, String senderDelegation, String senderVehicle, boolean relay) {
        String original = f.original();
        String t = f.text();
        List<Mention> mentions = f.mentions();
        List<Clause> clauses = f.clauses();
        LocalDateTime local = f.local();
        Assembly assembly =
                new Assembly(new Reading(lexicon, local, senderDelegation, senderVehicle, original, f.defers()), relay);
        ParseOutcome read = assembly.read(clauses);
        ParseOutcome completed = RouteFigureAtEnd.apply(
                EachFigure.complete(
                        SameMeal.complete(read, lexicon, t, mentions, local.toLocalDate(), senderDelegation), t),
                t,
                mentions,
                clauses,
                senderDelegation,
                lexicon,
                local.toLocalDate());
        // The leavers' packed meal (明早走的6个要打包早餐) is settled after the kind net: MealSettlingSteps.LEAVERS_PACKED.
        ParseOutcome packed = PackedAfterWholeCancel.apply(PlannedDeparture.keep(completed, lexicon, t), original);
        ParseOutcome marked =
                NowSaid.mark(FurtherGroup.mark(packed, original), MeetingAtStation.blank(GoneReaching.blank(original)));
        // 李处不去北海了 换王科去: one person for another, the route's figure stands
        ParseOutcome swapped = swaps.read(original).isPresent() ? PersonSwaps.withoutVisits(marked) : marked;
        // 宁夏3个 北海 晚饭不吃: where people already are, beside the meal they miss, is no sign-up
        // 浙江柳州线7个人 晚上在柳州那边吃饭: the meal eaten at the site is the route people's, not the whole delegation's
        // 我们柳州线的人晚饭也在那边吃: the route's people, not counted, miss the meal; how many is asked
        // 柳州那4个回来吃, 北海5个回来了: a route's people said to come back or leave from there signed up for nothing
        ParseOutcome placed = RouteDinersUncounted.apply(
                RouteGroupElsewhere.apply(
                        RoutesWhereAway.apply(
                                RouteFiguresAway.apply(SiteMeals.apply(swapped, lexicon, f), lexicon, f), lexicon, f),
                        lexicon,
                        f),
                lexicon,
                f);
        // 辽宁那个同志说自己打车去百色: one person making their own way to the route still goes on it, no sign-up of one
        placed = OwnWayToRoute.apply(placed, f);
        return new Ruling(placed, assembly.open() && placed instanceof ParseOutcome.NothingToRecord);
    }

    /** What {@link ReportOdds} sees of a message: for the examples file, built from the corpora. */
    ReportShape shape(String text, Instant now, String senderDelegation) {
        return ReportShape.of(fronts.read(text, now).clauses(), senderDelegation != null);
    }

    /** The time {@code text} starts with ("明天下午3点 集合"), by the same date and time rules, and the rest. */
    public Optional<LeadingTime> leadingTime(String text, Instant now) {
        if (text == null || text.isBlank()) return Optional.empty();
        return LeadingTime.read(scanner, lexicon, clipped(text), now);
    }
}
