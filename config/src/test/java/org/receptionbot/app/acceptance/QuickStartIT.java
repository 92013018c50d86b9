package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's quick-start transcript, typed into the packaged jar on today's date: the sandbox
 * prints what the README shows, line by line ("…" stands for any lines), with today's date where the
 * README shows its example date.
 */
class QuickStartIT {

    private static final Pattern INPUT = Pattern.compile("^\\[[^\\[\\]]*] > (.*)$");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}月\\d{1,2}日（周.）");
    /** The sandbox's opening line once a meal of today has opened. */
    static final String HINT = "提示：现在是";

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theQuickStartTranscriptIsWhatTheSandboxPrintsToday() throws Exception {
        List<String> readme = transcript();
        List<String> typed = typed(readme);

        // the opening hint on today's meals already served depends on the hour the test runs (QuickStartAfterDinnerIT)
        List<String> printed = sandbox.run(typed).echoed().stream()
                .filter(l -> !l.startsWith(HINT))
                .toList();

        String today = JarSandbox.day(JarSandbox.today());
        int at = 0;
        boolean skip = true; // the log lines of the start come first
        for (String line : readme) {
            if (line.strip().equals("…")) {
                skip = true;
                continue;
            }
            String expected = stable(DAY.matcher(line).replaceAll(today));
            int found = find(printed, expected, at);
            assertThat(found)
                    .as(
                            "README line “%s” %s after line %d of:\n%s",
                            expected, skip ? "somewhere" : "right", at, String.join("\n", printed))
                    .isEqualTo(skip ? Math.max(found, at) : at);
            at = found + 1;
            skip = false;
        }
    }

    /** The lines typed in a transcript: what follows each prompt. */
    static List<String> typed(List<String> transcript) {
        List<String> typed = new ArrayList<>();
        for (String line : transcript) {
            Matcher m = INPUT.matcher(line);
            if (m.matches()) typed.add(m.group(1));
        }
        return typed;
    }

    private static int find(List<String> printed, String expected, int from) {
        for (int i = from; i < printed.size(); i++) if (stable(printed.get(i)).equals(expected)) return i;
        return -1;
    }

    /** A line without what may be reworded: trailing spaces and the count's "（35人→30人）". */
    private static String stable(String line) {
        return line.stripTrailing().replaceAll("（\\d+人→\\d+人）", "");
    }

    /** The first {@code text} block of the README's Quick start section. */
    static List<String> transcript() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf("## Quick start");
        while (!lines.get(start).equals("```text")) start++;
        int end = start + 1;
        while (!lines.get(end).equals("```")) end++;
        return lines.subList(start + 1, end);
    }
}
