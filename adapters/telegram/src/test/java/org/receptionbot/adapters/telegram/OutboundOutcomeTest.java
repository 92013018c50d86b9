package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.receptionbot.adapters.telegram.Answer.Kind;

class OutboundOutcomeTest {

    static Answer of(String json) {
        return Answer.of(BotUtils.fromJson(json, BaseResponse.class));
    }

    @Test
    void okIsSent() {
        assertThat(of("{\"ok\":true,\"result\":true}").kind()).isEqualTo(Kind.SENT);
    }

    @Test
    void tooManyRequestsWaitsWhatTelegramSays() {
        Answer outcome = of(
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\",\"parameters\":{\"retry_after\":3}}");

        assertThat(outcome.kind()).isEqualTo(Kind.FLOOD);
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void upgradedGroupNamesTheSupergroup() {
        Answer outcome = of(
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1001234}}");

        assertThat(outcome.kind()).isEqualTo(Kind.MIGRATED);
        assertThat(outcome.migratedTo()).isEqualTo(-1001234L);
    }

    @Test
    void clientErrorsAboutTheItemAreRefused() {
        assertThat(of("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was kicked\"}")
                        .kind())
                .isEqualTo(Kind.REFUSED);
        assertThat(of("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}")
                        .kind())
                .isEqualTo(Kind.REFUSED);
    }

    @Test
    void serverErrorsMissingAnswersAndTheBotsOwnMisconfigurationArePassing() {
        assertThat(of("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
        assertThat(of("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
        assertThat(Answer.of(null).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(Answer.failed(new RuntimeException(new java.io.IOException("reset")))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
    }
}
