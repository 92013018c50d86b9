package org.receptionbot.app.parse;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A failed corpus case as {@code score.py --show-failures} prints it: the case, what is missing, what is extra, what was asked. */
final class Failures {

    private Failures() {}

    static String describe(JsonNode c, Map<List<String>, Integer> want, Map<List<String>, Integer> have, JsonNode ask) {
        StringBuilder b = new StringBuilder("FAIL ")
                .append(c.path("id").asString())
                .append(" now=")
                .append(c.path("now").asString())
                .append(" sender=")
                .append(c.path("sender").isNull() ? "None" : c.path("sender").asString())
                .append(": ")
                .append(c.path("text").asString().replace("\n", "\\n"));
        diff(b, "   missing  ", want, have);
        diff(b, "   extra    ", have, want);
        if (ask != null) b.append("\n   ask      ").append(ask);
        return b.toString();
    }

    private static void diff(
            StringBuilder b, String label, Map<List<String>, Integer> a, Map<List<String>, Integer> c) {
        for (var e : a.entrySet()) {
            for (int i = c.getOrDefault(e.getKey(), 0); i < e.getValue(); i++)
                b.append('\n').append(label).append(e.getKey());
        }
    }
}
