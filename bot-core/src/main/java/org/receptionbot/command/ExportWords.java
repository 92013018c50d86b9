package org.receptionbot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dates of {@code /export [从] [到]} and of its Chinese words (导出 昨天, 导出报表 11-20至11-25). */
final class ExportWords {
    private static final Pattern EXPORT = Pattern.compile("导出(?:报表)?\\s*(.*)");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:至|到|~|～|\\s)\\s*");

    private ExportWords() {}

    /** 导出 … as a command, or null when the text does not start with 导出. */
    static Command words(String text, LocalDate today) {
        Matcher m = EXPORT.matcher(text);
        if (!m.matches()) return null;
        String rest = m.group(1).strip();
        return export(rest.isEmpty() ? List.of() : Arrays.asList(RANGE.split(rest)), today);
    }

    /** The days of {@code /export [从] [到]} or 导出 [从] [到]: none is today; a range given backwards is turned round. */
    static Command export(List<String> words, LocalDate today) {
        if (words.size() > 2) return new Command.Refused("导出最多写两个日期（从、到），如“/export 11-20 11-25”。");
        List<LocalDate> days = new ArrayList<>();
        for (String w : words) {
            Optional<String> impossible = DateWords.impossible(w, today);
            if (impossible.isPresent()) return new Command.Refused(impossible.get());
            Optional<LocalDate> d = DateWords.read(w, today);
            if (d.isEmpty()) return new Command.Refused("没能看懂导出的日期“" + w + "”。日期可写：今天、明天、昨天、11月23日、23号、11-23。");
            days.add(d.get());
        }
        if (days.size() == 2 && days.get(1).isBefore(days.get(0))) return new Command.Export(days.get(1), days.get(0));
        return new Command.Export(days.isEmpty() ? null : days.get(0), days.size() > 1 ? days.get(1) : null);
    }
}
