package org.receptionbot.message;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.record.Record;

/**
 * What the parser made of one message: records it is sure of, a statement that is clearly a record
 * but lacks a field (so the bot can ask), or nothing to record.
 */
public sealed interface ParseOutcome {

    /** The records read with confidence, in the order their statements appear in the text. */
    List<Record> records();

    /** The movement the message says is happening as it is sent, or null; not part of the records contract. */
    SaidNow saidNow();

    /**
     * What a message read as an echo of an earlier report would record were it a relay of new information: the
     * parser withholds it ("收到，湖南明天走" may repeat the liaison's report or pass on a phone call) and the chat,
     * which knows the ledger, takes the records it does not hold yet. Empty but on {@link NothingToRecord}; never
     * part of the records contract.
     */
    default List<Record> echoed() {
        return List.of();
    }

    /** The same outcome with {@code kept} in place of its records; a nothing-to-record outcome stays as it is. */
    default ParseOutcome withRecords(List<Record> kept) {
        if (this instanceof Understood u) return new Understood(kept, u.further(), u.saidNow());
        if (this instanceof Incomplete i) return new Incomplete(kept, i.gaps(), i.saidNow());
        return this;
    }

    /** This outcome with {@code said} as its {@link #saidNow()}. */
    default ParseOutcome saying(SaidNow said) {
        if (this instanceof Understood u) return new Understood(u.records(), u.further(), said);
        if (this instanceof Incomplete i) return new Incomplete(i.records(), i.gaps(), said);
        return new NothingToRecord(said, echoed());
    }

    /**
     * What the contract's parse output lists: the records read with confidence, then each record a
     * coordinator sent without naming a delegation, with its delegation null (the bot asks which).
     */
    default List<Record> contractRecords() {
        if (!(this instanceof Incomplete incomplete)) return records();
        List<Record> all = new ArrayList<>(records());
        for (Gap g : incomplete.gaps())
            if (g.missing() == Gap.Field.DELEGATION && g.draft() != null) all.add(g.draft());
        return List.copyOf(all);
    }

    /**
     * Every statement was read; {@code records} is never empty.
     *
     * @param further the message says its movement is a further group (又, 另外, 再, 还有 …): it adds
     *     people beside an earlier report and completes none; not a field of the records contract
     * @param saidNow see {@link ParseOutcome#saidNow()}
     */
    record Understood(List<Record> records, boolean further, SaidNow saidNow) implements ParseOutcome {
        public Understood {
            records = List.copyOf(records);
        }

        public Understood(List<Record> records, boolean further) {
            this(records, further, null);
        }

        public Understood(List<Record> records) {
            this(records, false);
        }
    }

    /**
     * At least one statement is clearly a record but misses a field. {@code records} holds what
     * was read with confidence from the other statements (possibly nothing).
     */
    record Incomplete(List<Record> records, List<Gap> gaps, SaidNow saidNow) implements ParseOutcome {
        public Incomplete {
            records = List.copyOf(records);
            gaps = List.copyOf(gaps);
        }

        public Incomplete(List<Record> records, List<Gap> gaps) {
            this(records, gaps, null);
        }
    }

    /**
     * Talk, thanks, notices, questions, statements about the past.
     *
     * @param echoed see {@link ParseOutcome#echoed()}
     */
    record NothingToRecord(SaidNow saidNow, List<Record> echoed) implements ParseOutcome {
        public NothingToRecord {
            echoed = echoed == null ? List.of() : List.copyOf(echoed);
        }

        public NothingToRecord(SaidNow saidNow) {
            this(saidNow, List.of());
        }

        public NothingToRecord() {
            this(null);
        }

        /** This outcome, with the records it would give were it not read as an echo. */
        public NothingToRecord echoing(List<Record> records) {
            return new NothingToRecord(saidNow, records);
        }

        @Override
        public List<Record> records() {
            return List.of();
        }
    }
}
