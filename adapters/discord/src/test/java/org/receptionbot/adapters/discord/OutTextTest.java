package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.adapters.outbox.Rendering;

class OutTextTest {
    @Test
    void markdownAndMentionsAreEscapedPlainChineseIsNot() {
        assertThat(OutText.escape("已记录：湖南省代表团 晚餐 减少5人（35人→30人）")).isEqualTo("已记录：湖南省代表团 晚餐 减少5人（35人→30人）");
        assertThat(OutText.escape("*张*_三_ `x` ~~y~~ ||z|| [a](b) <@&1>"))
                .isEqualTo("\\*张\\*\\_三\\_ \\`x\\` \\~\\~y\\~\\~ \\|\\|z\\|\\| \\[a\\](b) \\<@&1>");
        assertThat(OutText.escape("@everyone @here a@b.cn")).isEqualTo("@\u200beveryone @\u200bhere a@b.cn");
    }

    @Test
    void headingsQuotesAndListsAreEscapedOnlyAtTheStartOfALine() {
        assertThat(OutText.escape("# 标题\n> 引用\n- 一\n11-30 晚餐")).isEqualTo("\\# 标题\n\\> 引用\n\\- 一\n11-30 晚餐");
    }

    @Test
    void aPartLengthenedByEscapingIsSplitAgainWithinTheLimit() {
        String line = "*".repeat(1500);

        List<String> parts = Rendering.of(new DiscordSender(null)).parts(line + "\n" + line);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(OutText.LIMIT));
        assertThat(String.join("", parts).replace("\n", "")).isEqualTo("\\*".repeat(3000));
    }

    @Test
    void aBlankTextHasNoParts() {
        assertThat(Rendering.of(new DiscordSender(null)).parts(" \n ")).isEmpty();
    }
}
