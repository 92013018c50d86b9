package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChatTextTest {

    @Test
    void shortTextStaysInOnePart() {
        assertThat(ChatText.split("一行\n两行", ChatText.TELEGRAM)).containsExactly("一行\n两行");
    }

    @Test
    void longTextIsSplitBetweenLinesWithinTheLimit() {
        String text =
                IntStream.range(0, 300).mapToObj(i -> "第" + i + "行 湖南省代表团 35人").collect(Collectors.joining("\n"));

        List<String> parts = ChatText.split(text, ChatText.DISCORD);

        assertThat(parts)
                .hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join("\n", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(p -> assertThat(p).startsWith("第").endsWith("35人"));
    }

    @Test
    void onlyALineLongerThanTheLimitIsCut() {
        List<String> parts = ChatText.split("短\n" + "长".repeat(25), 10);

        assertThat(parts).containsExactly("短", "长".repeat(10), "长".repeat(10), "长".repeat(5));
    }
}
