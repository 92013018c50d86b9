package org.receptionbot.adapters.telegram;

import mockwebserver3.MockResponse;

/** Answers of the Bot API a test lines up on {@link FakeBotApi}: Telegram's errors and refusals. */
public final class BotApiAnswers {

    private BotApiAnswers() {}

    /** A JSON answer with that status and body. */
    public static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Telegram's flood-control answer: 429, retry after that many seconds. */
    public static MockResponse tooManyRequests(int retryAfter) {
        return json(
                429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
                        + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
    }

    /** Telegram's answer to a refused call. */
    public static MockResponse error(int status, String description) {
        return json(status, "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"" + description + "\"}");
    }

    /** Telegram's answer to a call for a group that has become the supergroup {@code to}. */
    public static MockResponse migrated(long to) {
        return json(
                400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a"
                        + " supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":" + to + "}}");
    }

    /** What a proxy in front of Telegram says when Telegram does not answer. */
    public static MockResponse badGatewayPage() {
        return new MockResponse.Builder()
                .code(502)
                .setHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                .build();
    }
}
