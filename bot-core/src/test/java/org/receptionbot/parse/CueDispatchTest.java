package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * Cue-dispatch changes nothing: every line of every corpus (the exact rounds, the known failures, the negative
 * corpus), read on its event, gives the same outcome, every record, field and question, whether the steps whose
 * precondition the message fails are skipped ({@link MessageCues}) or all run.
 */
class CueDispatchTest {

    @Test
    void skippingStepsByTheirPreconditionsChangesNoOutcome() {
        List<CorpusCase> all = new ArrayList<>(Corpora.cases(Corpora.exact()));
        all.addAll(Corpora.cases(Corpora.knownFailures()));
        all.addAll(Corpora.cases(Corpora.negative()));
        Event sports = TestEvents.reference();
        Event conference = TestEvents.conference();
        MessageParser[] dispatched = {new MessageParser(sports, true), new MessageParser(conference, true)};
        MessageParser[] full = {new MessageParser(sports, false), new MessageParser(conference, false)};
        List<String> differ = new ArrayList<>();
        for (CorpusCase c : all) {
            int k = c.conference() ? 1 : 0;
            String a = shown(dispatched[k].parse(c.text(), c.now(), c.sender()));
            String b = shown(full[k].parse(c.text(), c.now(), c.sender()));
            if (!a.equals(b)) differ.add(c + "\n  dispatched: " + a + "\n  full:       " + b);
        }
        assertThat(all).hasSizeGreaterThan(10_000);
        assertThat(differ).as("outcomes that cue-dispatch changed").isEmpty();
    }

    /** The whole outcome: its kind, records with every field, questions, and what it says of now. */
    private static String shown(ParseOutcome o) {
        return o.getClass().getSimpleName() + " " + o;
    }
}
