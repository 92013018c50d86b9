package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.COORDINATORS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

/** What the core says, as Discord gets it: split at 2,000 characters, escaped, paced by 429s. */
class SendingIT {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final ChatRef CHAT = new ChatRef("discord", Long.toString(COORDINATORS));

    @RegisterExtension
    final DiscordRig rig = DiscordRig.started();

    @Test
    void aBoardOf4000CharactersGoesInTwoMessagesCutBetweenLines() {
        // 80 lines of 49 characters and their line breaks: 3,999 characters.
        String board = IntStream.range(0, 80)
                .mapToObj(i -> String.format("%02d", i) + "九院宾馆自助餐厅".repeat(5) + "人".repeat(7))
                .collect(Collectors.joining("\n"));
        assertThat(board).hasSize(3999);

        rig.adapter.outbox().send(new Reply(CHAT, null, board, List.of(new Button("撤销", "u:1"))));

        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() == 2);
        List<FakeDiscord.Posted> parts = rig.discord.posted(COORDINATORS);
        assertThat(parts).allSatisfy(p -> assertThat(p.content().length()).isLessThanOrEqualTo(2000));
        assertThat(parts.get(0).content() + "\n" + parts.get(1).content()).isEqualTo(board);
        assertThat(parts.get(0).buttonIds()).isEmpty();
        assertThat(parts.get(1).buttonIds()).containsExactly("u:1");
    }

    @Test
    void aFileIsPostedAttachedToAMessageWithItsCaptionInTheChannel() {
        byte[] workbook = {'P', 'K', 3, 4, 0, (byte) 0xff, 7};
        boolean queued = rig.adapter
                .attachments()
                .send(new Attachment(CHAT, null, "接待数据_1130.xlsx", workbook, "接待数据导出（11月30日 18:20）"));

        assertThat(queued).isTrue();
        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() == 1);
        FakeDiscord.Posted posted = rig.discord.posted(COORDINATORS).get(0);
        assertThat(posted.content()).isEqualTo("接待数据导出（11月30日 18:20）");
        assertThat(posted.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("接待数据_1130.xlsx");
            assertThat(f.content()).isEqualTo(workbook);
        });
    }

    @Test
    void a429IsWaitedOutAndTheMessageSentAfterwards() {
        rig.discord.answerTooMany(1, 2);
        Instant asked = Instant.now();

        rig.adapter.outbox().send(Reply.text(CHAT, null, "【报餐截止】午餐"));

        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() == 1);
        assertThat(rig.discord.tooManyAnswered()).hasSize(1);
        assertThat(Duration.between(
                        asked, rig.discord.posted(COORDINATORS).get(0).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void whatUsersWroteCannotPingEveryoneNorFormatTheBotsText() {
        rig.adapter.outbox().send(Reply.text(CHAT, null, "已记录：@everyone **湖南** <@1001> 晚餐"));

        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() == 1);
        FakeDiscord.Posted posted = rig.discord.posted(COORDINATORS).get(0);
        assertThat(posted.content()).isEqualTo("已记录：@\u200beveryone \\*\\*湖南\\*\\* \\<@1001> 晚餐");
        assertThat(posted.allowedMentions().getArray("parse").length()).isZero();
    }
}
