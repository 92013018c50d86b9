package org.receptionbot.parse.bench;

import com.xkzhangsan.time.nlp.TimeNLP;
import com.xkzhangsan.time.nlp.TimeNLPUtil;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * The parser benchmark: JMH throughput and sampled latency of the parser and of the peer (xk-time)
 * over the same corpus messages, then both tools' date/time accuracy against the expected records.
 * Run: {@code ./mvnw -B -ntp -Pbench -pl bot-core test-compile exec:exec}.
 */
public final class ParserBench {

    private ParserBench() {}

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ParserThroughput.class.getName() + "|" + PeerThroughput.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<BenchCorpus.Message> corpus = BenchCorpus.load();
        System.out.printf(Locale.ROOT, "%n== figures over %d corpus messages, one thread ==%n", corpus.size());
        System.out.printf(Locale.ROOT, "%-10s %14s %10s %10s %10s%n", "tool", "messages/s", "p50 µs", "p99 µs", "p99.9 µs");
        row("parser", results, ParserThroughput.class);
        row("xk-time", results, PeerThroughput.class);
        System.out.printf(Locale.ROOT, "%n== date/time accuracy against the expected records ==%n");
        accuracy("parser", corpus, ParserBench::parserTimes);
        accuracy("xk-time", corpus, ParserBench::peerTimes);
    }

    private static void row(String tool, Collection<RunResult> results, Class<?> bench) {
        double perSecond = 0;
        double p50 = 0, p99 = 0, p999 = 0;
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            if (!label.startsWith(bench.getName())) continue;
            if (label.endsWith("messagesPerSecond")) perSecond = r.getPrimaryResult().getScore();
            if (label.endsWith("latency")) {
                var stats = r.getPrimaryResult().getStatistics();
                p50 = stats.getPercentile(50);
                p99 = stats.getPercentile(99);
                p999 = stats.getPercentile(99.9);
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %14.0f %10.2f %10.2f %10.2f%n", tool, perSecond, p50, p99, p999);
    }

    private interface Extractor {
        Set<BenchCorpus.When> extract(BenchCorpus.Message m);
    }

    /**
     * Recall: expected (date, time) pairs found (a pair without a time is found by any extraction on
     * that date). Precision: extracted dates that some expected record carries.
     */
    private static void accuracy(String tool, List<BenchCorpus.Message> corpus, Extractor extractor) {
        int expected = 0, found = 0, extracted = 0, right = 0;
        for (BenchCorpus.Message m : corpus) {
            Set<BenchCorpus.When> got = extractor.extract(m);
            for (BenchCorpus.When w : m.expected()) {
                expected++;
                boolean hit = got.stream()
                        .anyMatch(g -> g.date().equals(w.date()) && (w.time() == null || w.time().equals(g.time())));
                if (hit) found++;
            }
            for (BenchCorpus.When g : got) {
                extracted++;
                if (m.expected().stream().anyMatch(w -> w.date().equals(g.date()))) right++;
            }
        }
        System.out.printf(Locale.ROOT, "%-10s recall %d/%d = %.3f   precision %d/%d = %.3f%n", tool, found, expected,
                expected == 0 ? 1.0 : (double) found / expected, right, extracted,
                extracted == 0 ? 1.0 : (double) right / extracted);
    }

    private static final MessageParser PARSER = new MessageParser(ParserThroughput.referenceEvent());

    private static Set<BenchCorpus.When> parserTimes(BenchCorpus.Message m) {
        Set<BenchCorpus.When> out = new LinkedHashSet<>();
        for (Record r : PARSER.parse(m.text(), m.now(), m.sender()).records()) {
            if (r instanceof MealRecord meal && meal.date() != null) out.add(new BenchCorpus.When(meal.date(), null));
            if (r instanceof Movement mv && mv.date() != null) out.add(new BenchCorpus.When(mv.date(), mv.time()));
        }
        return out;
    }

    private static Set<BenchCorpus.When> peerTimes(BenchCorpus.Message m) {
        Set<BenchCorpus.When> out = new LinkedHashSet<>();
        for (TimeNLP t : TimeNLPUtil.parse(m.text(), m.sent().format(PeerThroughput.BASE))) {
            LocalDateTime at = t.getLocalDateTime();
            if (at == null) continue;
            boolean allDay = Boolean.TRUE.equals(t.getIsAllDayTime());
            out.add(new BenchCorpus.When(at.toLocalDate(), allDay ? null : at.toLocalTime()));
        }
        return out;
    }
}
