package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Settlement;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.SettledText;

/**
 * A statement the parser could not read that gives a figure for one of today's meals already being served
 * ("西藏中午实际来了28个" at 12:10): it gets what any report of a served meal gets ({@link SettledText}), the
 * reported figure stands and the actual diners are registered by the coordinators or the caterer. Empty when the
 * meal is not served yet, another day is named, or no figure or delegation is known. Beside records that were read,
 * such a statement the parser passed over is named the same way ({@link #beside}).
 */
final class ServedMealFigures {
    private static final Pattern FIGURE = Pattern.compile("\\d{1,4}|[一二两三四五六七八九十百]+\\s*[个人位名]");
    private static final Pattern OTHER_DAY = Pattern.compile("明天|后天|昨天|前天|明早|明晚|\\d{1,2}\\s*[号日]");
    /** A flight's or a train's number (MU2385, G1234): no figure of diners. */
    private static final Pattern TRANSPORT =
            Pattern.compile("(?i)(?<![A-Za-z0-9])(?:[GDCKTZ][0-9]{1,4}|[A-Z0-9]{2}[0-9]{3,4})(?![0-9])");
    /** People leaving or arriving, or their ride: the statement's figure is of a movement, not of diners. */
    private static final Pattern MOVING =
            Pattern.compile("走|离开|离会|返程|回(?!来)|出发|动身|抵达|落地|到站|飞机|航班|高铁|动车|火车|车次|机场|车站|过来|赶来");
    /** A word of eating: a statement with one reports a meal again after a movement's figures. */
    private static final Pattern MEAL_WORD = Pattern.compile("[饭餐吃]");

    private final DelegationNames names;
    private final UnclearFigures meals;
    private final Settlement settlement;
    private final SettledText texts;
    private final ServedArrivals arriving;
    private final Notices notices;

    ServedMealFigures(Event event, Ledger ledger, UnclearFigures meals, Notices notices) {
        this.names = new DelegationNames(event);
        this.meals = meals;
        this.settlement = new Settlement(event);
        this.texts = new SettledText(event, ledger);
        this.arriving = new ServedArrivals(event, ledger);
        this.notices = notices;
    }

    /**
     * As {@link #said(String, Asked)} for a statement of the message {@code text}: none for one that goes on with the
     * figures of people said to leave or arrive before it ("走了15个 下午8个 晚上7个").
     */
    Optional<String> said(String statement, String text, Asked asked) {
        return movingOn(text, statement) ? Optional.empty() : said(statement, asked);
    }

    Optional<String> said(String statement, Asked asked) {
        return refused(statement.strip(), asked.sender().delegation(), asked)
                .flatMap(r -> told(List.of(r), statement, asked));
    }

    /** What is said of {@code refused}; people arriving at a meal in progress are relayed ({@link ServedArrivals}). */
    private Optional<String> told(List<Record> refused, String text, Asked asked) {
        Optional<String> said =
                texts.said(refused, List.of(), asked.now(), asked.sender().coordinator());
        if (notices == null) return said;
        return arriving.relay(refused, asked, asked.now(), text, notices)
                .map(line -> SettledText.toldAlready(said.orElse(""), line))
                .or(() -> said);
    }

    /**
     * The lines, worded as when said alone, for the statements of a read message that give a figure for a meal being
     * served that none of its {@code read} records covers ("早上吃了30个" beside "中午还是30" at 07:00), so the figure
     * is not passed over; empty when none. A statement after one naming another day is of that day, and an estimated
     * figure gets the estimate's note ({@link EstimatedMeals}) instead; a clock time is no figure. Only a message with meal
     * records is read so.
     */
    Optional<String> beside(String text, List<Record> read, Asked asked) {
        if (read.stream().noneMatch(r -> r instanceof MealRecord)) return Optional.empty();
        String delegation = read.stream()
                .filter(r -> r instanceof MealRecord m && m.delegation() != null)
                .map(r -> ((MealRecord) r).delegation())
                .findFirst()
                .orElse(asked.sender().delegation());
        List<Record> refused = new ArrayList<>();
        boolean otherDay = false;
        boolean moving = false;
        // 早上就吃了22个 明天早饭22: with another day named, the same figure before it is today's
        boolean dayNamed = OTHER_DAY.matcher(text).find();
        for (String said : EstimatedMeals.CLAUSE.split(text)) {
            otherDay = OTHER_DAY.matcher(said).find() || otherDay && !said.contains("今");
            // 走了15个 下午8个 晚上7个: the figures after people said to leave or arrive are theirs, until a meal is said
            moving = movement(said) || moving && !MEAL_WORD.matcher(said).find();
            if (otherDay || moving || EstimatedMeals.GUESS.matcher(said).find()) continue;
            refused(EstimatedMeals.CLOCK.matcher(said).replaceAll(" ").strip(), delegation, asked)
                    .filter(r -> read.stream().noneMatch(m -> sameMeal(m, r) || !dayNamed && readForAnotherDay(m, r)))
                    .filter(r -> refused.stream().noneMatch(m -> sameMeal(m, r)))
                    .ifPresent(refused::add);
        }
        return refused.isEmpty() ? Optional.empty() : told(refused, text, asked);
    }

    /**
     * The statement's figure as a report of today's meal being served; empty when it is no such report. A clock time,
     * a room or a flight's number is no figure, and people said to leave or arrive ("4个人先回福州", "12点半从山庄出发")
     * are a movement's figure, never the meal's.
     */
    private Optional<MealCount> refused(String s, String sender, Asked asked) {
        if (movement(s)) return Optional.empty();
        s = RoomNumbers.blank(s);
        s = TRANSPORT.matcher(EstimatedMeals.CLOCK.matcher(s).replaceAll(" ")).replaceAll(" ");
        if (OTHER_DAY.matcher(s).find() || !FIGURE.matcher(s).find()) return Optional.empty();
        String delegation = named(s).map(Delegation::id).orElse(sender);
        Optional<Integer> figure = Numbers.read(s);
        if (delegation == null || figure.isEmpty()) return Optional.empty();
        return meals.meal(s)
                .map(m -> new MealCount(delegation, asked.today(), m.id(), figure.get()))
                .filter(r -> settlement.settled(r, asked.now()));
    }

    /**
     * The statement's meal and figure read by the parser for another day in a message naming no day ("广东早餐38人" in
     * the evening is tomorrow's breakfast): the record read, no report of today's served meal.
     */
    private static boolean readForAnotherDay(Record read, MealCount refused) {
        if (!(read instanceof MealRecord m)
                || !m.meal().equals(refused.meal())
                || !refused.delegation().equals(m.delegation())) return false;
        // 湖南晚饭少5人 after dinner ended is tomorrow's cut of 5: its 5 is no figure of today's served dinner
        Integer count = m instanceof MealCount c
                ? c.count()
                : m instanceof MealCancel c ? c.count() : m instanceof MealAdd a ? Integer.valueOf(a.count()) : null;
        return refused.count().equals(count);
    }

    /** Whether {@code statement} stands in {@code text} among the figures of people leaving or arriving said before it. */
    private static boolean movingOn(String text, String statement) {
        int at = text == null ? -1 : text.indexOf(statement.strip());
        if (at <= 0) return false;
        boolean moving = false;
        // 早上就吃了22个 明天早饭22: with another day named, the same figure before it is today's
        boolean dayNamed = OTHER_DAY.matcher(text).find();
        for (String said : EstimatedMeals.CLAUSE.split(text.substring(0, at) + " " + statement.strip()))
            moving = movement(said) || moving && !MEAL_WORD.matcher(said).find();
        return moving;
    }

    /** Whether a statement says people leave or arrive, or names their flight or train ("3个队员今晚坐K1158过来"). */
    private static boolean movement(String said) {
        return MOVING.matcher(said).find()
                || TRANSPORT.matcher(RoomNumbers.blank(said)).find();
    }

    private static boolean sameMeal(Record read, MealCount refused) {
        return read instanceof MealRecord m
                && m.meal().equals(refused.meal())
                && m.date().equals(refused.date());
    }

    /** The delegation whose name or alias the statement holds, the longest one said. */
    private Optional<Delegation> named(String s) {
        return names.in(s).map(DelegationNames.Named::delegation);
    }
}
