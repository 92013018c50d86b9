package org.receptionbot.app.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Record;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The parse mode's work: JSON lines in, one answer line out per non-blank input line, in order.
 * Input is read as UTF-8 bytes and answers are streamed, with no tree in between; answers are
 * flushed whenever the input has to wait, so the mode can sit behind a pipe.
 */
final class ParseLines {
    private final Event event;
    private final MessageParser parser;
    private final JsonFactory json = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.threadLocalPool()) // one thread: no shared pool to contend on
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    ParseLines(Event event) {
        this.event = event;
        this.parser = new MessageParser(event);
    }

    /** Answers every line of {@code in} on {@code out} (left open); returns the number of answers. */
    long run(InputStream in, OutputStream out) throws IOException {
        long answered = 0;
        try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            ByteLines lines = new ByteLines(in, g::flush);
            while (lines.next()) {
                if (lines.blank()) continue;
                write(answer(lines.bytes(), lines.start(), lines.length(), lines.number()), g);
                answered++;
            }
            g.flush();
        }
        return answered;
    }

    /** The answer to the input line {@code number} held in {@code bytes[start, start + length)}. */
    Result answer(byte[] bytes, int start, int length, int number) {
        try {
            ParseCase c = ParseCase.read(json, bytes, start, length);
            ParseOutcome outcome = parser.parse(c.text(), c.now(), c.sender());
            return new Result.Read(c.id(), Ask.records(outcome), Ask.of(event, outcome, c.text()));
        } catch (ParseCase.Malformed e) {
            return new Result.Failed(e.id, "第" + number + "行：" + e.getMessage());
        }
    }

    /** One answer line: {@code {"id", "records", "ask"?}} or {@code {"id", "error"}}, then a line end. */
    static void write(Result result, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("id");
        result.id().write(g);
        if (result instanceof Result.Read read) {
            g.writeArrayPropertyStart("records");
            for (Record r : read.records()) RecordJson.write(r, g);
            g.writeEndArray();
            if (!read.asks().isEmpty()) {
                g.writeArrayPropertyStart("ask");
                for (Ask a : read.asks()) {
                    g.writeStartObject();
                    g.writeStringProperty("missing", a.missing());
                    g.writeStringProperty("statement", a.statement());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        } else if (result instanceof Result.Failed failed) {
            g.writeStringProperty("error", failed.error());
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
