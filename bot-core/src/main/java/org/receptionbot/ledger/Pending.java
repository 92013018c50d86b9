package org.receptionbot.ledger;

import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Record;

/** Something the bot is waiting for: a short-lived state kept between two messages. */
public sealed interface Pending {

    /**
     * The bot asked the sender for a missing field; their next message answers it.
     *
     * @param gaps the statements still waiting, the first one being asked
     * @param source the message that had the gaps
     */
    record Answer(List<Gap> gaps, Source source) implements Pending {
        public Answer {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * Records held back until the sender confirms them (a count absurd for the delegation), or the
     * subject of a two-way question waiting for its answer.
     *
     * @param source the message they were read from
     * @param question for a two-way question, the question in a few words ("按已报还是按原计划"); null
     *     for records waiting for a 确认
     */
    record Confirmation(List<Record> records, Source source, String question) implements Pending {
        public Confirmation {
            records = List.copyOf(records);
        }

        /** Records waiting for a 确认. */
        public Confirmation(List<Record> records, Source source) {
            this(records, source, null);
        }
    }

    /** A venue's actual diners held back until the sender confirms them (far above the venue's size). */
    record ActualConfirmation(ActualCount actual) implements Pending {}

    /** A liaison asked to be bound to a delegation; a coordinator confirms. */
    record BindRequest(Binding binding, Source source) implements Pending {}

    /**
     * The bot lately answered the sender's message {@code source}: a bare 好的 or 确认 from them for a while after is
     * their acknowledgement of it, not a confirmation of nothing.
     */
    record Answered(Source source) implements Pending {}
}
