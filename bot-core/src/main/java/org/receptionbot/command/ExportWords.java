package org.receptionbot.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of {@code /export [从] [到]} and of its Chinese words (导出 昨天, 导出报表 11-20至11-25), and the
 * workbook asked for in plain words: a word of the workbook and a word of exporting, with at most its days and
 * polite words ("把今天的报表导一下", "导一下昨天的表格", "报表导出来", "麻烦导个报表").
 */
final class ExportWords {
    private static final Pattern EXPORT = Pattern.compile("导出(?:报表)?\\s*(.*)");
    private static final Pattern POLITE = Pattern.compile("^(?:请|麻烦|帮我|帮忙|辛苦)+|[，,。.！!？?~～\\s]+|(?:吧|呢|哈|谢谢)+$");
    private static final String SHEET = "(?:报表|表格|统计表|汇总表|工作簿|[Ee]xcel表?)";
    private static final String DAYS = "([^把的导]{1,16}?)?的?";
    /** 把今天的报表导一下, 今天的表格导出来; 导一下今天的报表, 导个报表. */
    private static final List<Pattern> PLAIN = List.of(
            Pattern.compile("(?:把|给我把)?" + DAYS + SHEET + "(?:导|导出|拉|生成)(?:一下|出来|一份|个)*(?:给我|发我)?"),
            Pattern.compile("(?:给我)?(?:导|导出|拉|生成)(?:一下|一份|个)*" + DAYS + SHEET));

    private static final Pattern RANGE = Pattern.compile("\\s*(?:至|到|~|～|\\s)\\s*");

    private ExportWords() {}

    /** 导出 … or the workbook asked for in words, as a command; null when the text is neither. */
    static Command words(String text, LocalDate today) {
        Command plain = plain(POLITE.matcher(text).replaceAll(""), today);
        if (plain != null) return plain;
        Matcher m = EXPORT.matcher(text);
        if (!m.matches()) return null;
        String rest = m.group(1).strip();
        return export(rest.isEmpty() ? List.of() : Arrays.asList(RANGE.split(rest)), today);
    }

    /** The workbook asked for in words, when its days (if any) are days; else null, for the parser. */
    private static Command plain(String t, LocalDate today) {
        for (Pattern p : PLAIN) {
            Matcher m = p.matcher(t);
            if (!m.matches()) continue;
            if (m.group(1) == null) return export(List.of(), today);
            List<String> days = Arrays.asList(RANGE.split(m.group(1)));
            return days.stream().allMatch(d -> DateWords.read(d, today).isPresent()) ? export(days, today) : null;
        }
        return null;
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
