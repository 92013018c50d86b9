package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.receptionbot.summary.MealBoard;

/**
 * The meal board on the games sample (33 delegations, two venues) is compact: the total first, a line only for a
 * delegation whose figure changed or needs a look, the others grouped in one line per venue; and its figures still add
 * up: each venue's lines and groups to the venue's figure, the venues to the total, the same as the board's own sums.
 */
class CompactMealBoardTest {
    private static final Pattern VENUE = Pattern.compile("^【.+】(\\d+)人 / 容量\\d+人.*$");
    private static final Pattern GROUP = Pattern.compile("^  .+：.*共(\\d+)个团(\\d+)人$");
    private static final Pattern LINE = Pattern.compile("^  \\S+ (\\d+)人(（.*）)?$");
    private static final Pattern REST = Pattern.compile("^  其余(\\d+)个代表团0人$");

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("午餐", List.of()),
                Arguments.of("午餐", List.of("hunan|今天午饭照常", "hubei|午饭少5人", "hebei|中午全团吃饭")),
                Arguments.of("晚餐", List.of("hunan|晚饭少5人", "hubei|晚饭加3人", "guangxi|晚饭照常", "sichuan|今晚不吃了")),
                Arguments.of("午餐", List.of("yunnan|午饭50人", "guizhou|午饭照常", "chongqing|中午少2个", "beijing|午饭照常")),
                Arguments.of("晚餐", List.of("hunan|今晚全团照常", "hunan|晚饭少3人", "hubei|晚饭60人", "henan|晚饭少10个")),
                Arguments.of("宵夜", List.of("hunan|今晚宵夜20人", "hubei|宵夜10人")));
    }

    @ParameterizedTest
    @MethodSource("days")
    void theCompactBoardsFiguresAddUpToItsTotals(String meal, List<String> reports) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        int at = 0;
        for (String r : reports) {
            String[] sr = r.split("\\|");
            f.say(sr[0], "08:" + (10 + at++), sr[1]);
        }

        String board = f.answerTo("tian", "09:00", "查看" + meal);
        MealBoard counted = f.core.meals.board(
                LocalDate.of(2026, 11, 23),
                f.core.event.meals().stream()
                        .filter(m -> m.label().equals(meal))
                        .findFirst()
                        .orElseThrow(),
                f.core.clock.instant());

        List<String> lines = board.lines().toList();
        assertThat(lines.get(1)).as(board).isEqualTo("合计：" + counted.total() + "人");
        int venues = 0;
        int venue = -1;
        int sum = 0;
        int index = 0;
        for (String line : lines.subList(2, lines.size())) {
            Matcher v = VENUE.matcher(line);
            if (v.matches()) {
                if (venue >= 0) assertThat(sum).as(board).isEqualTo(venue);
                venue = Integer.parseInt(v.group(1));
                assertThat(venue)
                        .as(board)
                        .isEqualTo(counted.venues().get(index++).booked());
                venues += venue;
                sum = 0;
                continue;
            }
            if (!line.startsWith("  ")) break; // the venues' blocks end
            Matcher g = GROUP.matcher(line);
            Matcher l = LINE.matcher(line);
            if (g.matches()) sum += Integer.parseInt(g.group(2));
            else if (l.matches()) sum += Integer.parseInt(l.group(1));
            else assertThat(line).as("a line of\n" + board).matches(REST);
        }
        assertThat(sum).as(board).isEqualTo(venue);
        assertThat(venues).as(board).isEqualTo(counted.total());
        long delegationLines =
                lines.stream().filter(s -> LINE.matcher(s).matches()).count();
        assertThat(delegationLines).as(board).isLessThanOrEqualTo(reports.size() + 1L);
    }
}
