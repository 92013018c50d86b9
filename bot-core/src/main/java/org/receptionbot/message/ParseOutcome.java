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
     */
    record Understood(List<Record> records, boolean further) implements ParseOutcome {
        public Understood {
            records = List.copyOf(records);
        }

        public Understood(List<Record> records) {
            this(records, false);
        }
    }

    /**
     * At least one statement is clearly a record but misses a field. {@code records} holds what
     * was read with confidence from the other statements (possibly nothing).
     */
    record Incomplete(List<Record> records, List<Gap> gaps) implements ParseOutcome {
        public Incomplete {
            records = List.copyOf(records);
            gaps = List.copyOf(gaps);
        }
    }

    /** Talk, thanks, notices, questions, statements about the past. */
    record NothingToRecord() implements ParseOutcome {
        @Override
        public List<Record> records() {
            return List.of();
        }
    }
}
