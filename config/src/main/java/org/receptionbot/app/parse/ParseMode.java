package org.receptionbot.app.parse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.receptionbot.app.event.EventFiles;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Record;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code parse --event FILE [--in CASES.jsonl] [--out RESULTS.jsonl]}: one result line per input line,
 * in order; {@code parse --event FILE --eval CORPUS.jsonl [--show-failures]} scores the parser on a
 * corpus with the figures of {@code score.py}.
 */
public final class ParseMode {
    static final String USAGE = "用法 / usage: parse --event 文件 [--in 输入.jsonl] [--out 输出.jsonl]\n"
            + "             parse --event 文件 --eval 语料.jsonl [--quiet]";

    private ParseMode() {}

    /** Returns the exit code: 0, or 2 when the arguments or the event file are unusable. */
    public static int run(String[] args, java.io.InputStream stdin, PrintStream stdout, PrintStream err) {
        Args a;
        try {
            a = Args.read(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        EventReading reading = EventFiles.load(a.event());
        if (reading instanceof EventReading.Invalid invalid) {
            err.println(invalid.describe());
            return 2;
        }
        MessageParser parser = new MessageParser(((EventReading.Valid) reading).event());
        ObjectMapper mapper = JsonMapper.builder().build();
        try {
            if (a.eval() != null) {
                try (BufferedReader in = Files.newBufferedReader(a.eval(), StandardCharsets.UTF_8)) {
                    Evaluation.run(parser, mapper, in, stdout, !a.quiet());
                }
                return 0;
            }
            try (Reader r = a.in() == null
                            ? new InputStreamReader(stdin, StandardCharsets.UTF_8)
                            : Files.newBufferedReader(a.in(), StandardCharsets.UTF_8);
                    Writer w = a.out() == null
                            ? new OutputStreamWriter(stdout, StandardCharsets.UTF_8)
                            : Files.newBufferedWriter(a.out(), StandardCharsets.UTF_8)) {
                lines(parser, mapper, new BufferedReader(r), new BufferedWriter(w));
            }
            return 0;
        } catch (IOException e) {
            err.println("读写失败 / I/O failed: " + e.getMessage());
            return 2;
        }
    }

    static void lines(MessageParser parser, ObjectMapper mapper, BufferedReader in, BufferedWriter out)
            throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            out.write(mapper.writeValueAsString(answer(parser, mapper, line)));
            out.newLine();
            if (!in.ready()) out.flush();
        }
        out.flush();
    }

    static ObjectNode answer(MessageParser parser, ObjectMapper mapper, String line) {
        ObjectNode o = mapper.createObjectNode();
        try {
            ParseCase c = ParseCase.read(mapper, line);
            o.put("id", c.id());
            ArrayNode records = o.putArray("records");
            for (Record r : parse(parser, c).records()) records.add(RecordJson.write(r));
        } catch (ParseCase.Malformed e) {
            o.put("id", e.id);
            o.put("error", e.getMessage());
        }
        return o;
    }

    static ParseOutcome parse(MessageParser parser, ParseCase c) {
        return parser.parse(c.text(), c.now(), c.sender());
    }

    record Args(Path event, Path in, Path out, Path eval, boolean quiet) {
        static Args read(String[] args) {
            Path event = null, in = null, out = null, eval = null;
            boolean quiet = false;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--quiet")) {
                    quiet = true;
                    continue;
                }
                if (i + 1 >= args.length) throw new IllegalArgumentException("缺少参数值 / missing value for " + a);
                Path p = Path.of(args[++i]);
                switch (a) {
                    case "--event" -> event = p;
                    case "--in" -> in = p;
                    case "--out" -> out = p;
                    case "--eval" -> eval = p;
                    default -> throw new IllegalArgumentException("未知参数 / unknown option " + a);
                }
            }
            if (event == null) throw new IllegalArgumentException("需要 --event 文件 / --event FILE is required");
            return new Args(event, in, out, eval, quiet);
        }
    }

    /** For callers that have the event already (tests). */
    static MessageParser parser(Event event) {
        return new MessageParser(event);
    }
}
