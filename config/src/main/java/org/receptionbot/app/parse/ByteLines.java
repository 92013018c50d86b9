package org.receptionbot.app.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as undecoded bytes (JSON is read straight from UTF-8), numbered from 1.
 * {@code beforeRead} runs before every read that may block, so a caller that writes answers can
 * flush them while the input is waiting for its sender.
 */
final class ByteLines {
    /** Runs before a read; may throw what the caller's output throws. */
    interface BeforeRead {
        void run() throws IOException;
    }

    private final InputStream in;
    private final BeforeRead beforeRead;
    private byte[] buf = new byte[1 << 16];
    private int unread; // buf[unread, end) is not yet returned
    private int end;
    private boolean eof;
    private int start;
    private int length;
    private int number;

    ByteLines(InputStream in, BeforeRead beforeRead) {
        this.in = in;
        this.beforeRead = beforeRead;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanned = unread;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buf[i] == '\n') return take(i, i + 1);
            }
            if (eof) return unread < end && take(end, end);
            scanned = end - unread;
            fill();
            scanned += unread;
        }
    }

    byte[] bytes() {
        return buf;
    }

    /** Where the current line starts in {@link #bytes()}. */
    int start() {
        return start;
    }

    /** The current line's length, without its line end. */
    int length() {
        return length;
    }

    /** The current line's number, from 1, blank lines included. */
    int number() {
        return number;
    }

    boolean blank() {
        for (int i = start; i < start + length; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private boolean take(int lineEnd, int next) {
        start = unread;
        length = lineEnd - unread;
        if (length > 0 && buf[lineEnd - 1] == '\r') length--;
        unread = next;
        number++;
        return true;
    }

    /** Moves the unread bytes to the front (growing the buffer for a long line) and reads more. */
    private void fill() throws IOException {
        int pending = end - unread;
        byte[] target = pending > buf.length / 2 ? new byte[buf.length * 2] : buf;
        System.arraycopy(buf, unread, target, 0, pending);
        buf = target;
        unread = 0;
        end = pending;
        beforeRead.run();
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) eof = true;
        else end += n;
    }
}
