package org.receptionbot.app.parse;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** A case's {@code id} as the input gave it, so the answer echoes it unchanged: a string, a number, or null. */
record CaseId(String text, boolean number) {
    static final CaseId NONE = new CaseId(null, false);

    /** The id at the parser's current value: a scalar as written; null, an object or an array give none. */
    static CaseId of(JsonParser p, JsonToken value) {
        if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) return NONE;
        return new CaseId(p.getString(), value.isNumeric());
    }

    void write(JsonGenerator g) {
        if (text == null) g.writeNull();
        else if (number) g.writeNumber(text);
        else g.writeString(text);
    }
}
