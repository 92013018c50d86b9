package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OutboundTextTest {
    private static final Pattern BROKEN_ENTITY = Pattern.compile("&(?!(amp|lt|gt|quot);)");

    @Test
    void escapesWhatHtmlWouldReadAsMarkup() {
        assertThat(OutText.escape("<b>张三</b> & \"李四\"")).isEqualTo("&lt;b&gt;张三&lt;/b&gt; &amp; &quot;李四&quot;");
    }

    @Test
    void shortTextIsOnePart() {
        assertThat(OutText.htmlParts("已记录：第一团 午餐 30人")).containsExactly("已记录：第一团 午餐 30人");
    }

    @Test
    void partsStayWithinTheLimitAfterEscapingAndAreCutBetweenLines() {
        // 3,000 plain characters a line, 5,000 once escaped: each line must become its own part or be cut.
        String line = "&<".repeat(1_500);
        String plain = String.join("\n", List.of("标题", line, line, "结尾"));

        List<String> parts = OutText.htmlParts(plain);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part).hasSizeLessThanOrEqualTo(4096);
            assertThat(BROKEN_ENTITY.matcher(part).find())
                    .as("an entity cut in two")
                    .isFalse();
            assertThat(part).doesNotEndWith("&amp").doesNotEndWith("&lt").doesNotEndWith("&");
        });
        assertThat(String.join("", parts).replace("\n", ""))
                .isEqualTo(OutText.escape(plain).replace("\n", ""));
    }

    @Test
    void linesThatFitAreNotCut() {
        String plain = ("张三&李四\n").repeat(1_000).strip(); // 5,999 characters, 9,999 escaped

        List<String> parts = OutText.htmlParts(plain);

        assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(part -> {
            assertThat(part).hasSizeLessThanOrEqualTo(4096);
            assertThat(part.split("\n")).containsOnly("张三&amp;李四");
        });
        assertThat(String.join("\n", parts)).isEqualTo(OutText.escape(plain));
    }

    @Test
    void blankPartsAreLeftOut() {
        assertThat(OutText.htmlParts(" \n\n ")).isEmpty();
    }
}
