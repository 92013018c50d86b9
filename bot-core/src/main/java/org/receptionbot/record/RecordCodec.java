package org.receptionbot.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where records become named fields and back: the names and order of the records
 * contract ({@code delegation}, {@code date}, {@code meal}, {@code count} …). Stores, the parse
 * mode's JSON and the corpus tests all go through it (the last two only through the fields the
 * contract compares, so a movement's {@code part} is stored but never output), so a new kind of record is added here (the
 * compiler asks for it through {@link RecordVisitor}) and in {@link Kind}.
 */
public final class RecordCodec {

    /** Each record type of the contract: the fields compared for it, in order, and how it is read back. */
    public enum Kind {
        MEAL_COUNT(MEAL, f -> new MealCount(f.apply("delegation"), date(f), f.apply("meal"), count(f))),
        MEAL_CANCEL(MEAL, f -> new MealCancel(f.apply("delegation"), date(f), f.apply("meal"), count(f))),
        MEAL_ADD(MEAL, f -> new MealAdd(f.apply("delegation"), date(f), f.apply("meal"), number(f))),
        ARRIVAL(
                MOVE,
                f -> new Arrival(f.apply("delegation"), date(f), time(f), count(f), f.apply("transport"), part(f))),
        DEPARTURE(
                MOVE,
                f -> new Departure(f.apply("delegation"), date(f), time(f), count(f), f.apply("transport"), part(f))),
        HEADCOUNT(
                List.of("vehicle", "count", "delegation"),
                f -> new Headcount(f.apply("vehicle"), number(f), f.apply("delegation"))),
        ISSUE(
                List.of("category", "delegation"),
                f -> new Issue(
                        IssueCategory.valueOf(f.apply("category")),
                        f.apply("delegation"),
                        f.apply("text"),
                        f.apply("said") == null ? null : Issue.Said.valueOf(f.apply("said")))),
        VISIT(
                List.of("delegation", "route", "count"),
                f -> new Visit(f.apply("delegation"), f.apply("route"), count(f))),
        VISIT_CHANGE(
                List.of("delegation", "count", "from", "to"),
                f -> new VisitChange(f.apply("delegation"), count(f), f.apply("from"), f.apply("to")));

        private final List<String> compared;
        private final Function<Function<String, String>, Record> reader;

        Kind(List<String> compared, Function<Function<String, String>, Record> reader) {
            this.compared = compared;
            this.reader = reader;
        }

        /** The fields the contract compares for this type, in its order. */
        public List<String> compared() {
            return compared;
        }
    }

    private static final List<String> MEAL = List.of("delegation", "date", "meal", "count");
    private static final List<String> MOVE = List.of("delegation", "date", "time", "count", "transport");

    private static final RecordVisitor<Map<String, Object>> FIELDS = new RecordVisitor<>() {
        @Override
        public Map<String, Object> mealCount(MealCount r) {
            return fields("delegation", r.delegation(), "date", r.date(), "meal", r.meal(), "count", r.count());
        }

        @Override
        public Map<String, Object> mealCancel(MealCancel r) {
            return fields("delegation", r.delegation(), "date", r.date(), "meal", r.meal(), "count", r.count());
        }

        @Override
        public Map<String, Object> mealAdd(MealAdd r) {
            return fields("delegation", r.delegation(), "date", r.date(), "meal", r.meal(), "count", r.count());
        }

        @Override
        public Map<String, Object> arrival(Arrival r) {
            return movement(r);
        }

        @Override
        public Map<String, Object> departure(Departure r) {
            return movement(r);
        }

        @Override
        public Map<String, Object> headcount(Headcount r) {
            return fields("vehicle", r.vehicle(), "count", r.count(), "delegation", r.delegation());
        }

        @Override
        public Map<String, Object> issue(Issue r) {
            String said = r.said() == Issue.Said.PLAIN ? null : r.said().name();
            return fields(
                    "category", r.category().name(), "delegation", r.delegation(), "text", r.text(), "said", said);
        }

        @Override
        public Map<String, Object> visit(Visit r) {
            return fields("delegation", r.delegation(), "route", r.route(), "count", r.count());
        }

        @Override
        public Map<String, Object> visitChange(VisitChange r) {
            return fields("delegation", r.delegation(), "count", r.count(), "from", r.from(), "to", r.to());
        }

        private Map<String, Object> movement(Movement m) {
            return fields(
                    "delegation", m.delegation(),
                    "date", m.date(),
                    "time", m.time(),
                    "count", m.count(),
                    "transport", m.transport(),
                    "part", m.part() == null ? null : m.part().name());
        }
    };

    private RecordCodec() {}

    /**
     * The record's fields by their contract names, in the contract's order, nulls kept; values are
     * strings, integers, dates and times. An issue also keeps its {@code text} (and how it is
     * {@code said}, when it follows another or is besides one), and a movement its
     * {@code part} of the day, which the contract does not compare.
     */
    public static Map<String, Object> fields(Record r) {
        return r.accept(FIELDS);
    }

    /** The kind of a contract type name; an unknown name is a bug and throws. */
    public static Kind kind(String type) {
        return Kind.valueOf(type);
    }

    /**
     * The record of {@code type} whose fields {@code field} gives as text (null when absent). Drafts
     * read back too: a missing date stays null, a missing int count is 0.
     */
    public static Record read(String type, Function<String, String> field) {
        return kind(type).reader.apply(field);
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) f.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return f;
    }

    private static LocalDate date(Function<String, String> f) {
        String v = f.apply("date");
        return v == null ? null : LocalDate.parse(v);
    }

    private static LocalTime time(Function<String, String> f) {
        String v = f.apply("time");
        return v == null ? null : LocalTime.parse(v);
    }

    private static PartOfDay part(Function<String, String> f) {
        String v = f.apply("part");
        return v == null ? null : PartOfDay.valueOf(v);
    }

    private static Integer count(Function<String, String> f) {
        String v = f.apply("count");
        return v == null ? null : Integer.valueOf(v);
    }

    private static int number(Function<String, String> f) {
        String v = f.apply("count");
        return v == null ? 0 : Integer.parseInt(v);
    }
}
