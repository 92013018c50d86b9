package org.receptionbot.app.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static List<String> read(ByteLines lines) throws IOException {
        List<String> got = new ArrayList<>();
        while (lines.next())
            got.add(lines.number() + ":"
                    + new String(lines.bytes(), lines.start(), lines.length(), StandardCharsets.UTF_8));
        return got;
    }

    @Test
    void numbersEveryLineAndDropsLineEnds() throws IOException {
        byte[] in = "一\r\n\n三\n  \n五".getBytes(StandardCharsets.UTF_8);

        assertThat(read(new ByteLines(new ByteArrayInputStream(in), () -> {})))
                .containsExactly("1:一", "2:", "3:三", "4:  ", "5:五");
    }

    @Test
    void readsALineLongerThanItsBuffer() throws IOException {
        String longLine = "好".repeat(100_000);
        byte[] in = (longLine + "\n短\n").getBytes(StandardCharsets.UTF_8);

        assertThat(read(new ByteLines(new ByteArrayInputStream(in), () -> {}))).containsExactly("1:" + longLine, "2:短");
    }

    @Test
    void letsTheCallerFlushBeforeEveryReadThatMayWait() throws IOException {
        List<String> events = new ArrayList<>();
        InputStream oneLineAtATime = new InputStream() {
            private final String[] chunks = {"a\n", "b\n"};
            private int next;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next == chunks.length) return -1;
                events.add("read");
                byte[] chunk = chunks[next++].getBytes(StandardCharsets.UTF_8);
                System.arraycopy(chunk, 0, b, off, chunk.length);
                return chunk.length;
            }
        };
        ByteLines lines = new ByteLines(oneLineAtATime, () -> events.add("flush"));

        while (lines.next()) events.add("line " + lines.number());

        assertThat(events).containsExactly("flush", "read", "line 1", "flush", "read", "line 2", "flush");
    }
}
