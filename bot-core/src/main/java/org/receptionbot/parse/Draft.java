package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.PartOfDay;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** A record being assembled from a clause; later clauses may complete it (共28人, 乘G1234, 提前到24号). */
final class Draft {
    enum Kind {
        MEAL_COUNT,
        MEAL_CANCEL,
        MEAL_ADD,
        ARRIVAL,
        DEPARTURE,
        HEADCOUNT,
        ISSUE,
        VISIT,
        VISIT_CHANGE
    }

    final Kind kind;
    String team;
    LocalDate date;
    String meal;
    LocalTime time;
    Integer count;
    String transport;
    /** The time is the check-out's ({@link CheckOutClocks}): a train's or a flight's time said next replaces it. */
    boolean checkOutTime;
    /** A movement's part of the day, said with no clock time (下午先走). */
    PartOfDay part;

    /**
     * The meal whose portions are packed for this departure's early start ({@link PackedLeavers}), or null: the
     * departure is then recorded as that meal's count, never as leaving.
     */
    String packedMeal;

    String vehicle;
    IssueCategory category;
    /** A VISIT's route; a VISIT_CHANGE's route left ({@code from}) and joined ({@code to}). */
    String route;

    String from;
    String to;
    /** Read from a statement of the old plan (原定25日返程): a later statement of the new plan replaces it. */
    boolean planned;
    /** Read from a correction (更正：晚饭29人): it replaces an earlier draft about the same meal. */
    boolean corrects;
    /**
     * A meal's figure said as a new total in place of another (改为50人, 27 不是 是25): who is away,
     * said after it, explains it and takes nothing off it.
     */
    boolean restated;
    /** A HEADCOUNT whose delegation is the vehicle's own from the event file, none being named before it. */
    boolean teamOfVehicle;
    /** A MEAL_COUNT "as planned": no figure, and none to ask for. */
    boolean asPlanned;
    /** Its statement gives a vague figure (十来个, 二三十人) and no other: no figure at all. */
    boolean vague;
    /** The field to ask for, or null when the draft is complete. */
    Gap.Field missing;

    final String statement;
    /** An issue's own words when the message says other things besides ({@link IssueTexts}); null: the statement. */
    String text;
    /** An issue's first clause that says the problem, or null: what its own words must keep ({@link IssueTexts}). */
    String point;

    Draft(Kind kind, String statement) {
        this.kind = kind;
        this.statement = statement;
    }

    /**
     * A new draft of {@code kind} for the same statement, with this one's delegation, figure and gap, and its date
     * and meal when {@code dated}.
     */
    Draft carried(Kind kind, boolean dated) {
        Draft c = new Draft(kind, statement);
        c.team = team;
        c.count = count;
        if (dated) {
            c.date = date;
            c.meal = meal;
        }
        c.missing = missing;
        return c;
    }

    boolean isMovement() {
        return kind == Kind.ARRIVAL || kind == Kind.DEPARTURE;
    }

    boolean isMeal() {
        return kind == Kind.MEAL_COUNT || kind == Kind.MEAL_CANCEL || kind == Kind.MEAL_ADD;
    }

    Record record() {
        int n = count == null ? 0 : count;
        return switch (kind) {
            case MEAL_COUNT -> new MealCount(team, date, meal, asPlanned ? null : n);
            case MEAL_CANCEL -> new MealCancel(team, date, meal, count);
            case MEAL_ADD -> new MealAdd(team, date, meal, n);
            case ARRIVAL -> new Arrival(team, date, time, count, transport, part);
            case DEPARTURE ->
                packedMeal != null
                        ? new MealCount(team, date, packedMeal, n)
                        : new Departure(team, date, time, count, transport, part);
            case HEADCOUNT -> new Headcount(vehicle, n, team);
            case ISSUE -> new Issue(category, team, text == null ? statement : text, IssueFollowUps.said(statement));
            case VISIT -> new Visit(team, route, count);
            case VISIT_CHANGE -> new VisitChange(team, count, from, to);
        };
    }

    /** The draft as a question: the field is missing, what was read goes with it. */
    Gap gap() {
        if (missing == Gap.Field.UNCLEAR) return new Gap(missing, null, statement);
        if (missing == Gap.Field.COUNT && count == null) count = 0;
        return new Gap(missing, record(), statement);
    }
}
