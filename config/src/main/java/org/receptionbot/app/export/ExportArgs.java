package org.receptionbot.app.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Event;

/** The export mode's own arguments; every {@code --name=value} goes to the application. */
record ExportArgs(String fromText, String toText, Path out, Path csv, List<String> spring) {

    static ExportArgs read(String[] args) {
        String from = null;
        String to = null;
        Path out = null;
        Path csv = null;
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("缺少参数值 / missing value for " + arg);
            String value = args[++i];
            switch (arg) {
                case "--from" -> from = value;
                case "--to" -> to = value;
                case "--out" -> out = Path.of(value);
                case "--csv" -> csv = Path.of(value);
                default -> throw new IllegalArgumentException("不认识的参数 / unknown argument: " + arg);
            }
        }
        if (from == null) throw new IllegalArgumentException("请用 --from 写明起始日期 / --from is required");
        return new ExportArgs(from, to, out, csv, spring);
    }

    LocalDate from(Event event) {
        return date(fromText, event);
    }

    LocalDate to(Event event) {
        return toText == null ? from(event) : date(toText, event);
    }

    /** 2026-11-22, or 11-22 in the event's year. */
    private static LocalDate date(String text, Event event) {
        String[] parts = text.strip().split("[-/.]");
        try {
            if (parts.length == 3)
                return LocalDate.parse(text.strip().replace('/', '-').replace('.', '-'));
            if (parts.length == 2) {
                return LocalDate.of(event.start().getYear(), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (RuntimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("看不懂日期“" + text + "”，请写成 2026-11-22 或 11-22。");
    }
}
