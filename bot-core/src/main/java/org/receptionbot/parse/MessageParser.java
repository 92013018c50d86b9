package org.receptionbot.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;

/**
 * Reads what liaisons type into records of the records contract. Thread-safe once built; build one
 * per event.
 */
public final class MessageParser {
    /** Longer messages are read up to this many characters (a chat message is at most 4,096). */
    public static final int MAX_CHARS = 4_096;

    private static final Pattern LIST_MARK =
            Pattern.compile("(?m)^ *(?:\\d{1,2}(?:\\.(?!\\d)|、|[)）])|[(（]\\d{1,2}[)）]|[①-⑳]|[-•·*])");
    private static final CharSet LIST_MARK_FIRST = new CharSet("0123456789(（-•·*①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
    private static final Pattern AT = Pattern.compile("@[^ \\n]+");

    private final Lexicon lexicon;
    private final MentionScanner scanner;
    private final CueTable cues;
    private final PersonSwaps swaps;
    private final ClauseFallback fallback;

    public MessageParser(Event event) {
        this.lexicon = new Lexicon(event);
        this.cues = new CueTable(new EatingAway(event));
        this.scanner = new MentionScanner(lexicon);
        this.swaps = new PersonSwaps(event);
        this.fallback = new ClauseFallback(new InertPart(cues, scanner));
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
        String original = clipped(text);
        ParseOutcome fell = fallback.read(
                whole.outcome(),
                whole.open(),
                EstimateWords.likelyAsGuesses(original),
                LocalDateTime.ofInstant(now, lexicon.event.zone()).toLocalDate(),
                part -> read(part, now, senderDelegation, senderVehicle, relay).outcome());
        // A denied departure is taken back by the chat; one departure per ticket.
        return TransportDeparture.merged(
                DeniedDepartureWords.without(
                        NoSilentLoss.kept(whole.outcome(), fell, original),
                        text,
                        LocalDateTime.ofInstant(now, lexicon.event.zone()).toLocalDate(),
                        part -> read(part, now, senderDelegation, senderVehicle, relay)
                                .outcome()),
                text);
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
     * kept it silent. Each step after the rules keeps what the rules read or asks ({@link NoSilentLoss}).
     */
    private Whole read(String text, Instant now, String senderDelegation, String senderVehicle, boolean relay) {
        Front f = front(text, now);
        Ruling ruling = rules(f, senderDelegation, senderVehicle, relay);
        String o = f.original();
        List<Clause> clauses = f.clauses();
        ParseOutcome out = ruling.outcome();
        out = NoSilentLoss.step(out, r -> KindNet.shipped().check(r, clauses, senderDelegation != null, o), o);
        out = NoSilentLoss.step(out, r -> UnreadMealFigure.check(r, clauses, o), o);
        // After the checks: the kept portions were weighed as the meal's figure, and are now a request.
        out = NoSilentLoss.step(out, r -> KeptForGroup.apply(r, o), o);
        out = NoSilentLoss.step(out, r -> LeftFigureAsks.ask(r, clauses, f.text(), o), o);
        out = NoSilentLoss.step(out, r -> RouteFigureSettled.settled(r, f.text(), f.mentions()), o);
        out = NoSilentLoss.step(out, r -> UncountedMovement.ask(r, clauses, f.text(), o), o);
        return new Whole(out, ruling.open() && out instanceof ParseOutcome.NothingToRecord);
    }

    /** A message read whole; {@code open}: see {@link Assembly#open()}. */
    private record Whole(ParseOutcome outcome, boolean open) {}

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
        Front f = front(text, now);
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
        List<CueTable.Hit> hits = f.hits();
        List<Clause> clauses = f.clauses();
        LocalDateTime local = f.local();
        boolean defers = false;
        for (CueTable.Hit h : hits) defers |= h.cue() == Cue.DEFER || h.cue() == Cue.UNSURE && !notSure(t, h);
        Assembly assembly =
                new Assembly(new Reading(lexicon, local, senderDelegation, senderVehicle, original, defers), relay);
        ParseOutcome read = assembly.read(clauses);
        ParseOutcome completed = RouteFigureAtEnd.apply(
                EachFigure.complete(
                        SameMeal.complete(read, lexicon, t, mentions, local.toLocalDate(), senderDelegation), t),
                t,
                mentions,
                clauses,
                senderDelegation);
        ParseOutcome packed = PackedAfterWholeCancel.apply(
                PlannedDeparture.keep(PackedForLeavers.add(completed, clauses, lexicon, original), lexicon), original);
        ParseOutcome marked = NowSaid.mark(FurtherGroup.mark(packed, original), GoneReaching.blank(original));
        // 李处不去北海了 换王科去: one person for another, the route's figure stands
        ParseOutcome swapped = swaps.read(original).isPresent() ? PersonSwaps.withoutVisits(marked) : marked;
        return new Ruling(swapped, assembly.open() && swapped instanceof ParseOutcome.NothingToRecord);
    }

    /**
     * "二十五六个吧 … 不确定", "说不准", "还没统计完", "待定": the sender only unsure of the figure or still counting,
     * putting nothing off; a vague figure
     * on a definite report is then asked (估计, 可能 still leave it for later).
     */
    private static boolean notSure(String text, CueTable.Hit h) {
        return text.startsWith("不确定", h.start())
                || text.startsWith("说不准", h.start())
                || text.startsWith("不一定", h.start())
                || EstimateWords.stillCountingAt(text, h.start());
    }

    /** The message up to its clauses: normalized, its mentions and cue words found, split into statements. */
    private Front front(String text, Instant now) {
        String original = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String items = InlineList.split(GroupTimes.blank(
                GoneReaching.blank(CountedBefore.blank(EarlierFigures.blank(UncountedFigures.blank(
                        EstimateWords.blankRemarks(SelfCorrection.ohThenIs(Normalizer.normalize(original)))))))));
        String listed = mayMarkList(items) ? blank(LIST_MARK, items) : items;
        // Most messages have no @: no regex for them.
        String at = listed.indexOf('@') < 0 ? listed : blank(AT, listed);
        // 晚上聚餐取消了 回来吃 38个: the outing cancelled, not the meal.
        String off = OutingCancelled.blank(at);
        // 有1个没上车 回酒店了: on a visit event, not boarding and going back is dropping out.
        String said = lexicon.event.visits().isEmpty() ? off : NotBoardedBack.read(off);
        LocalDateTime local = LocalDateTime.ofInstant(now, lexicon.event.zone());
        List<Mention> scanned = scanner.scan(said, local.toLocalDate());
        // 大连3个 柳州 哦不对 北海线3个: read again without the route taken back (rare: two routes and a take-back).
        String routed = RouteTakenBack.blank(said, scanned);
        List<Mention> routeMentions = routed == said ? scanned : scanner.scan(routed, local.toLocalDate());
        // 中午不在这边吃了 哈哈开玩笑的 照常24人: read again without what was called a joke.
        // 早饭 29个 哦 不对 有两个要早走 27个: the reason between the figure taken back and the one meant, blanked.
        String t = ReasonBeforeMeant.blank(JokeTakenBack.blank(routed, routeMentions), cues);
        List<Mention> mentions = t == routed ? routeMentions : scanner.scan(t, local.toLocalDate());
        List<CueTable.Hit> hits = cues.scan(t);
        hits.removeIf(h -> insideName(h, mentions));
        EstimateWords.dropGuessHits(hits, mentions, t);
        SelfCorrection.dropProblems(hits, mentions, t);
        DeniedFigures.mark(hits, mentions, t);
        HeadcountTalk.dropProblems(hits, mentions, t);
        DeclinedOffers.drop(hits, t);
        Recounts.drop(hits, mentions, t);
        VehicleMoves.drop(hits, mentions, t);
        BoardingTimes.drop(hits, mentions, t);
        MovementCorrection.apply(t, mentions, hits);
        MovementLookalikes.dropCheckOutChanges(hits, t);
        MovementSubjects.apply(t, mentions);
        DeniedMeals.apply(t, mentions);
        List<Clause> clauses = Statements.of(t, mentions, hits);
        return new Front(original, t, mentions, hits, clauses, local);
    }

    private record Front(
            String original,
            String text,
            List<Mention> mentions,
            List<CueTable.Hit> hits,
            List<Clause> clauses,
            LocalDateTime local) {}

    /** What {@link ReportOdds} sees of a message: for the examples file, built from the corpora. */
    ReportShape shape(String text, Instant now, String senderDelegation) {
        return ReportShape.of(front(text, now).clauses(), senderDelegation != null);
    }

    /** 宁夏回族自治区, 十几个人: a cue word inside a delegation's name or a vague figure is part of it. */
    private static boolean insideName(CueTable.Hit h, List<Mention> mentions) {
        for (Mention m : mentions) {
            boolean word = m instanceof Mention.Team || m instanceof Mention.Vague;
            if (word && m.start() <= h.start() && h.end() <= m.end()) return true;
        }
        return false;
    }

    /** The time {@code text} starts with ("明天下午3点 集合"), by the same date and time rules, and the rest. */
    public Optional<LeadingTime> leadingTime(String text, Instant now) {
        if (text == null || text.isBlank()) return Optional.empty();
        return LeadingTime.read(scanner, lexicon, text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, now);
    }

    /** Whether a line may open with a mark of {@link #LIST_MARK}: spaces, then one of its first characters. */
    private static boolean mayMarkList(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && c != ' ' && LIST_MARK_FIRST.has(c)) return true;
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') lineStart = true;
            else if (c != ' ') lineStart = false;
        }
        return false;
    }

    private static String blank(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) if (chars[i] != '\n') chars[i] = ' ';
        } while (m.find());
        return new String(chars);
    }
}
