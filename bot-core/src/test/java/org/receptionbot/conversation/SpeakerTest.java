package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.testing.RecordingOutbox;

class SpeakerTest {
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final String board =
            IntStream.range(0, 400).mapToObj(i -> "  第" + i + "个代表团 35人（未报）").collect(Collectors.joining("\n"));
    private final Answer answer = new Answer(board, List.of(new Button("撤销", "undo:m1")));

    @Test
    void aLongAnswerIsSplitForDiscordWithTheReplyOnTheFirstPartAndTheButtonsUnderTheLast() {
        new Speaker(outbox).say(new ChatRef("discord", "c1"), "m1", answer);

        List<Reply> parts = outbox.sent();
        assertThat(parts)
                .hasSizeGreaterThan(2)
                .allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(2000));
        assertThat(parts.get(0).replyTo()).isEqualTo("m1");
        assertThat(parts.get(1).replyTo()).isNull();
        assertThat(parts.get(parts.size() - 1).buttons()).hasSize(1);
        assertThat(parts.get(0).buttons()).isEmpty();
        assertThat(parts.stream().map(Reply::text).collect(Collectors.joining("\n")))
                .isEqualTo(board);
    }

    @Test
    void telegramAllowsLongerPartsAndSilenceSendsNothing() {
        new Speaker(outbox).say(new ChatRef("telegram", "c1"), "m1", answer);
        new Speaker(outbox).say(new ChatRef("telegram", "c1"), "m2", Answer.silence());

        assertThat(outbox.sent())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(4096));
    }
}
