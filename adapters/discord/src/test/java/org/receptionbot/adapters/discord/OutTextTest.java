package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

class OutTextTest {
    static final ChatRef CHAT = new ChatRef("discord", "500");

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

        List<OutPart> parts = OutText.parts(new Reply(CHAT, "7", line + "\n" + line, List.of(new Button("撤销", "u"))));

        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(OutText.LIMIT));
        assertThat(String.join("", parts.stream().map(OutPart::text).toList()).replace("\n", ""))
                .isEqualTo("\\*".repeat(3000));
        assertThat(parts.get(0).replyTo()).isEqualTo("7");
        assertThat(parts.get(1).replyTo()).isNull();
        assertThat(parts.get(parts.size() - 1).buttons()).hasSize(1);
        assertThat(parts.get(0).buttons()).isEmpty();
    }

    @Test
    void aBlankReplyHasNoParts() {
        assertThat(OutText.parts(Reply.text(CHAT, null, " \n "))).isEmpty();
    }
}
