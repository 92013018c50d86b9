package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;

/**
 * The examples {@link ReportOdds} learns from are the corpora, and what it learns carries to a round it
 * never saw. Run with {@code -DreportExamples.write=true} to write the examples file anew after a corpus
 * changed.
 */
class ReportExamplesTest {
    private static final MessageParser SPORTS = new MessageParser(TestEvents.reference());
    private static final MessageParser CONFERENCE = new MessageParser(TestEvents.conference());
    private static final Path FILE = Path.of("src/main/resources/org/receptionbot/parse/report-examples.txt");

    /** Every corpus file, the known failures and the negative corpus among them, with its examples. */
    private static Map<String, List<ReportOdds.Example>> examplesByFile() {
        List<Corpora> files = new ArrayList<>(Corpora.exact());
        files.addAll(Corpora.knownFailures());
        files.addAll(Corpora.negative());
        Map<String, List<ReportOdds.Example>> all = new LinkedHashMap<>();
        for (Corpora file : files) {
            List<ReportOdds.Example> examples = new ArrayList<>();
            for (CorpusCase c : file.cases()) {
                MessageParser parser = c.conference() ? CONFERENCE : SPORTS;
                boolean report = !c.expected().isEmpty() || c.ask();
                examples.add(new ReportOdds.Example(
                        report, KindTrials.labels(c.expected()), parser.shape(c.text(), c.now(), c.sender())));
            }
            all.put(file.resource(), examples);
        }
        return all;
    }

    private static String text(List<ReportOdds.Example> examples) {
        StringBuilder s = new StringBuilder();
        for (ReportOdds.Example e : examples) s.append(ReportOdds.line(e)).append('\n');
        return s.toString();
    }

    /**
     * The shipped file holds one example per corpus line, and nearly all of them as the parser sees the
     * lines today: a rule that changes a cue or a mention changes a few shapes, and the file is written anew
     * now and then, not at every rule; a new round must be written in at once.
     */
    @Test
    void shippedExamplesAreTheCorpora() throws IOException {
        List<String> built = examplesByFile().values().stream()
                .flatMap(List::stream)
                .map(ReportOdds::line)
                .sorted()
                .toList();
        if (Boolean.getBoolean("reportExamples.write"))
            Files.writeString(FILE, String.join("\n", built) + "\n", StandardCharsets.UTF_8);
        List<String> shipped;
        try (InputStream in = ReportOdds.class.getResourceAsStream("report-examples.txt")) {
            assertThat(in).as("report-examples.txt is shipped").isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        String write = "report-examples.txt is out of date: run ReportExamplesTest with -DreportExamples.write=true";
        assertThat(shipped).as(write).hasSameSizeAs(built);
        Map<String, Integer> left = new HashMap<>();
        for (String line : shipped) left.merge(line, 1, Integer::sum);
        int same = 0;
        for (String line : built) {
            if (left.getOrDefault(line, 0) > 0) {
                left.merge(line, -1, Integer::sum);
                same++;
            }
        }
        assertThat(same).as(write).isGreaterThanOrEqualTo(built.size() * 95 / 100);
    }

    /** Each corpus file in turn is left out, the model learns from the rest and is tried on it. */
    @Test
    void asksAboutMostReportsOfARoundItNeverSawAndFewTalkLines() throws IOException {
        Map<String, List<ReportOdds.Example>> byFile = examplesByFile();
        int reports = 0, asked = 0, talk = 0, talkAsked = 0;
        for (String left : byFile.keySet()) {
            List<ReportOdds.Example> rest = new ArrayList<>();
            byFile.forEach((f, e) -> {
                if (!f.equals(left)) rest.addAll(e);
            });
            ReportOdds odds = new ReportOdds(
                    ReportOdds.read(new ByteArrayInputStream(text(rest).getBytes(StandardCharsets.UTF_8))));
            for (ReportOdds.Example e : byFile.get(left)) {
                boolean asks = odds.asks(e.shape());
                if (e.report()) {
                    reports++;
                    if (asks) asked++;
                } else {
                    talk++;
                    if (asks) talkAsked++;
                }
            }
        }
        double recall = asked / (double) reports;
        double talkRate = talkAsked / (double) talk;
        System.out.printf(
                "report odds, each file left out in turn: reports asked %d/%d = %.3f, talk asked %d/%d = %.3f%n",
                asked, reports, recall, talkAsked, talk, talkRate);
        assertThat(recall).isGreaterThan(0.80);
        // Issue 13 allows questions on 5% of talk; this net alone stays under 3.5% (under 3% until session 16,
        // when rounds ah, ai and v26 joined the corpora and took it to 3.04%).
        assertThat(talkRate).isLessThan(0.035);
    }
}
