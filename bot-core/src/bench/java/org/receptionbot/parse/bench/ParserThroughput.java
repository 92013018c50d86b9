package org.receptionbot.parse.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;

/** One message at a time through the parser, cycling over the corpus, on one thread. */
@State(Scope.Thread)
public class ParserThroughput {
    private MessageParser parser;
    private List<BenchCorpus.Message> messages;
    private int next;

    @Setup
    public void setUp() {
        parser = new MessageParser(referenceEvent());
        messages = BenchCorpus.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ParseOutcome messagesPerSecond() {
        return parseNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ParseOutcome latency() {
        return parseNext();
    }

    private ParseOutcome parseNext() {
        BenchCorpus.Message m = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return parser.parse(m.text(), m.now(), m.sender());
    }

    static Event referenceEvent() {
        return TestEvents.reference();
    }
}
