package org.receptionbot.app.parse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** One input line of the parse mode: {@code {"id", "now", "sender", "text"}}, or why it cannot be read. */
record ParseCase(String id, Instant now, String sender, String text, JsonNode json) {

    /** Thrown for a line that is not a usable case; carries the id when one could be read. */
    static final class Malformed extends Exception {
        final String id;

        Malformed(String id, String message) {
            super(message);
            this.id = id;
        }
    }

    static ParseCase read(ObjectMapper mapper, String line) throws Malformed {
        JsonNode n;
        try {
            n = mapper.readTree(line);
        } catch (JacksonException e) {
            throw new Malformed(null, "not a JSON object: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) throw new Malformed(null, "not a JSON object");
        String id = n.hasNonNull("id") ? n.get("id").asString() : null;
        if (!n.hasNonNull("text") || !n.get("text").isString()) throw new Malformed(id, "missing \"text\"");
        if (!n.hasNonNull("now")) throw new Malformed(id, "missing \"now\"");
        Instant now;
        try {
            now = OffsetDateTime.parse(n.get("now").asString()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Malformed(
                    id,
                    "\"now\" is not an ISO date-time with offset: "
                            + n.get("now").asString());
        }
        JsonNode sender = n.get("sender");
        return new ParseCase(
                id,
                now,
                sender == null || sender.isNull() ? null : sender.asString(),
                n.get("text").asString(),
                n);
    }
}
