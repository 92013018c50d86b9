package org.receptionbot.app.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** One input line of the parse mode: {@code {"id", "now", "sender", "text"}}, read as a token stream. */
record ParseCase(CaseId id, Instant now, String sender, String text) {

    /** A line that is not a usable case: the id when one could be read, and why, in Chinese. */
    static final class Malformed extends Exception {
        final CaseId id;

        Malformed(CaseId id, String message) {
            super(message, null, false, false);
            this.id = id;
        }
    }

    /** Reads the UTF-8 JSON object in {@code bytes[start, start + length)}; other properties are skipped. */
    static ParseCase read(JsonFactory json, byte[] bytes, int start, int length) throws Malformed {
        CaseId id = CaseId.NONE;
        String now = null, sender = null, text = null;
        boolean nowGiven = false;
        try (JsonParser p = json.createParser(ObjectReadContext.empty(), bytes, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new Malformed(id, "不是 JSON 对象 / not a JSON object");
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "id" -> id = CaseId.of(p, value);
                    case "now" -> {
                        nowGiven = value != JsonToken.VALUE_NULL;
                        now = value.isScalarValue() ? p.getString() : null;
                    }
                    case "sender" ->
                        sender = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getString() : null;
                    case "text" -> text = value == JsonToken.VALUE_STRING ? p.getString() : null;
                    default -> {}
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) throw new Malformed(id, "一行只能有一个 JSON 对象 / more than one JSON value");
        } catch (JacksonException e) {
            throw new Malformed(
                    id,
                    utf8(bytes, start, length)
                            ? "不是有效的 JSON：" + e.getOriginalMessage()
                            : "不是 UTF-8 编码，请把输入另存为 UTF-8 / not UTF-8");
        }
        return new ParseCase(id, instant(id, now, nowGiven), sender, required(id, text));
    }

    private static boolean utf8(byte[] bytes, int start, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String required(CaseId id, String text) throws Malformed {
        if (text == null) throw new Malformed(id, "缺少消息文字 \"text\"（字符串）/ missing \"text\"");
        return text;
    }

    private static Instant instant(CaseId id, String now, boolean given) throws Malformed {
        if (!given) throw new Malformed(id, "缺少发送时间 \"now\"（如 2026-11-22T09:30:00+08:00）/ missing \"now\"");
        try {
            return Timestamps.parse(now == null ? "" : now);
        } catch (DateTimeParseException e) {
            throw new Malformed(
                    id,
                    "\"now\" 不是带时差的 ISO 时间（应如 2026-11-22T09:30:00+08:00）/ not an ISO date-time with offset: " + now);
        }
    }
}
