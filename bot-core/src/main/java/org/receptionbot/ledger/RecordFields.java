package org.receptionbot.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import org.receptionbot.record.Record;
import org.receptionbot.record.RecordCodec;

/**
 * A record as flat text fields named as in the records contract ({@code type}, {@code delegation},
 * {@code date} …), absent when null: what a store writes (a Redis hash, a JSON object) and reads
 * back with {@link #read}. The names and conversions are {@link RecordCodec}'s.
 */
public final class RecordFields {

    private RecordFields() {}

    public static Map<String, String> write(Record r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", r.type());
        RecordCodec.fields(r).forEach((name, value) -> {
            if (value != null) f.put(name, value.toString());
        });
        return f;
    }

    /**
     * The record written by {@link #write}; an unknown type is a bug and throws. Drafts of a
     * {@link org.receptionbot.message.Gap} read back too (a missing date stays null, a missing
     * int count is 0).
     */
    public static Record read(Map<String, String> f) {
        String type = f.get("type");
        if (type == null) throw new IllegalArgumentException("a record without a type: " + f);
        return RecordCodec.read(type, f::get);
    }
}
