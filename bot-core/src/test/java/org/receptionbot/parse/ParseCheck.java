package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.ListAssert;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;

/**
 * Fluent checks of what the parser made of one message, each assertion described by the message's text so a failing
 * row of a parameterised test names itself: {@code PARSER.check("剩下的26号走").understood().records(departure)}.
 * {@code records} are the outcome's confident records; {@code contract} ones are what the parse output lists (with
 * the drafts of an incomplete outcome, {@link ParseOutcome#contractRecords()}).
 */
final class ParseCheck {
    private final String text;
    private final ParseOutcome outcome;

    ParseCheck(String text, ParseOutcome outcome) {
        this.text = text;
        this.outcome = outcome;
    }

    /** The outcome checked, for what no check here says. */
    ParseOutcome outcome() {
        return outcome;
    }

    /** Every statement was read ({@link ParseOutcome.Understood}). */
    ParseCheck understood() {
        return is(ParseOutcome.Understood.class);
    }

    /** A statement lacks a field and is asked about ({@link ParseOutcome.Incomplete}). */
    ParseCheck incomplete() {
        return is(ParseOutcome.Incomplete.class);
    }

    /** Nothing to record ({@link ParseOutcome.NothingToRecord}). */
    ParseCheck nothing() {
        return is(ParseOutcome.NothingToRecord.class);
    }

    /** The outcome is of {@code kind}. */
    ParseCheck is(Class<? extends ParseOutcome> kind) {
        assertThat(outcome).as(text).isInstanceOf(kind);
        return this;
    }

    /** The outcome asks something: it is incomplete with at least one gap. */
    ParseCheck asks() {
        assertThat(asking()).as(text + " asks").isTrue();
        return this;
    }

    /** The outcome asks nothing: it is not incomplete, or has no gap. */
    ParseCheck asksNothing() {
        assertThat(asking()).as(text + " asks").isFalse();
        return this;
    }

    private boolean asking() {
        return outcome instanceof ParseOutcome.Incomplete i && !i.gaps().isEmpty();
    }

    /** The confident records are exactly {@code expected}, in order. */
    ParseCheck records(Record... expected) {
        thenRecords().containsExactly(expected);
        return this;
    }

    /** The confident records include {@code expected}. */
    ParseCheck recordsInclude(Record... expected) {
        thenRecords().contains(expected);
        return this;
    }

    /** No confident record. */
    ParseCheck noRecords() {
        thenRecords().isEmpty();
        return this;
    }

    /** At least one confident record. */
    ParseCheck someRecords() {
        thenRecords().isNotEmpty();
        return this;
    }

    /** Some confident record is a {@code kind}. */
    ParseCheck has(Class<? extends Record> kind) {
        thenRecords().anyMatch(kind::isInstance);
        return this;
    }

    /** No confident record is a {@code kind}. */
    ParseCheck hasNo(Class<? extends Record> kind) {
        thenRecords().noneMatch(kind::isInstance);
        return this;
    }

    /** The contract's records are exactly {@code expected}, in order. */
    ParseCheck contract(Record... expected) {
        thenContract().containsExactly(expected);
        return this;
    }

    /** The contract lists no record. */
    ParseCheck noContract() {
        thenContract().isEmpty();
        return this;
    }

    /** Some record of the contract is a {@code kind}. */
    ParseCheck contractHas(Class<? extends Record> kind) {
        thenContract().anyMatch(kind::isInstance);
        return this;
    }

    /** No record of the contract is a {@code kind}. */
    ParseCheck contractHasNo(Class<? extends Record> kind) {
        thenContract().noneMatch(kind::isInstance);
        return this;
    }

    /** The confident records, for an assertion no check here says. */
    ListAssert<Record> thenRecords() {
        return assertThat(outcome.records()).as(text);
    }

    /** The contract's records, for an assertion no check here says. */
    ListAssert<Record> thenContract() {
        List<Record> contract = outcome.contractRecords();
        return assertThat(contract).as(text);
    }
}
