package org.receptionbot.parse.bench;

import com.xkzhangsan.time.nlp.TimeNLP;
import com.xkzhangsan.time.nlp.TimeNLPUtil;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The peer, xk-time 3.2.4, extracting dates and times from the same messages, one at a time on one thread. */
@State(Scope.Thread)
public class PeerThroughput {
    static final DateTimeFormatter BASE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss");

    private List<BenchCorpus.Message> messages;
    private String[] bases;
    private int next;

    @Setup
    public void setUp() {
        messages = BenchCorpus.load();
        bases = messages.stream().map(m -> m.sent().format(BASE)).toArray(String[]::new);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<TimeNLP> messagesPerSecond() {
        return extractNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<TimeNLP> latency() {
        return extractNext();
    }

    private List<TimeNLP> extractNext() {
        int i = next;
        next = next + 1 == messages.size() ? 0 : next + 1;
        return TimeNLPUtil.parse(messages.get(i).text(), bases[i]);
    }
}
