package org.receptionbot.app.parse;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the parser on a corpus ({@code expect} on every line) with the figures of {@code score.py}:
 * messages exactly right, record precision, recall and F1, records on messages with nothing to
 * record, questions on talk and silent misses; each failure with what was expected and what came
 * out. Each line is answered exactly as the parse mode answers it.
 */
final class Evaluation {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Evaluation() {}

    static Score run(ParseLines lines, BufferedReader corpus, PrintStream out, boolean show) throws IOException {
        Score s = score(lines, corpus);
        if (show) s.failures().forEach(out::println);
        int n = s.messages();
        out.printf(
                Locale.ROOT,
                "messages %d  exact %d/%d = %.3f  missing 0%n",
                n,
                s.exact(),
                n,
                n == 0 ? 0.0 : (double) s.exact() / n);
        out.printf(
                Locale.ROOT,
                "records  precision %.3f  recall %.3f  f1 %.3f  (tp %d fp %d fn %d)%n",
                s.precision(),
                s.recall(),
                s.f1(),
                s.tp(),
                s.fp(),
                s.fn());
        out.printf(
                Locale.ROOT,
                "no-record messages %d, given a record anyway %d, asked about %d%n",
                s.negatives(),
                s.falseAlarms(),
                s.talkAsked());
        out.printf(
                Locale.ROOT,
                "messages with records or a question due %d, silent misses %d = %.3f%n",
                s.positives(),
                s.silent(),
                s.positives() == 0 ? 0.0 : (double) s.silent() / s.positives());
        if (s.questionsDue() > 0) out.printf(Locale.ROOT, "questions due %d, asked %d%n", s.questionsDue(), s.asked());
        return s;
    }

    static Score score(ParseLines lines, BufferedReader corpus) throws IOException {
        Score.Tally tally = new Score.Tally();
        List<String> failures = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = corpus.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            JsonNode c = MAPPER.readTree(line);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            JsonNode got = tree(lines.answer(bytes, 0, bytes.length, number));
            String failure = tally.add(c, got);
            if (failure != null) failures.add(failure);
        }
        return tally.score(failures);
    }

    /** The answer as the parse mode prints it, read back. */
    private static JsonNode tree(Result result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.createGenerator(bytes)) {
            ParseLines.write(result, g);
        }
        return MAPPER.readTree(bytes.toByteArray());
    }
}
