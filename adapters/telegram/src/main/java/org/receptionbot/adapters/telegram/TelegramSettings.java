package org.receptionbot.adapters.telegram;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the adapter talks to Telegram.
 *
 * @param token the bot's token from BotFather
 * @param apiUrl the Bot API base URL the token is appended to, {@code https://api.telegram.org/bot}
 *     by default; a self-hosted Bot API server or a test server otherwise
 * @param pollTimeout how long one long-polling {@code getUpdates} call waits for updates
 * @param servedChats the chat ids of the event file's Telegram chats; updates from any other chat
 *     are ignored
 * @param webhook receive updates on an HTTP endpoint instead of long polling, or null
 * @param limits the sending limits
 */
public record TelegramSettings(
        String token, String apiUrl, Duration pollTimeout, Set<String> servedChats, Webhook webhook, Limits limits) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org/bot";

    public TelegramSettings {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("the Telegram token is blank");
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
        if (pollTimeout.isNegative()) throw new IllegalArgumentException("pollTimeout is negative");
        servedChats = Set.copyOf(servedChats);
        limits = limits == null ? Limits.TELEGRAM : limits;
    }

    /** Long polling, Telegram's own limits. */
    public static TelegramSettings polling(String token, String apiUrl, Set<String> servedChats) {
        return new TelegramSettings(token, apiUrl, null, servedChats, null, null);
    }

    public TelegramSettings withLimits(Limits newLimits) {
        return new TelegramSettings(token, apiUrl, pollTimeout, servedChats, webhook, newLimits);
    }

    public TelegramSettings withPollTimeout(Duration timeout) {
        return new TelegramSettings(token, apiUrl, timeout, servedChats, webhook, limits);
    }

    public TelegramSettings withWebhook(Webhook hook) {
        return new TelegramSettings(token, apiUrl, pollTimeout, servedChats, hook, limits);
    }

    /**
     * Updates pushed by Telegram to this application.
     *
     * @param publicUrl the HTTPS address Telegram posts to, as registered with {@code setWebhook}
     * @param secretToken checked against the {@code X-Telegram-Bot-Api-Secret-Token} header of every
     *     request; 1 to 256 characters of {@code A-Z a-z 0-9 _ -}
     * @param port the local port of the endpoint (Telegram posts to 443, 80, 88 or 8443)
     * @param path the local path of the endpoint
     * @param tls the key store the endpoint serves HTTPS with, or null for plain HTTP behind a
     *     reverse proxy that ends TLS
     */
    public record Webhook(String publicUrl, String secretToken, int port, String path, Tls tls) {
        public Webhook {
            Objects.requireNonNull(publicUrl, "publicUrl");
            if (secretToken == null || !secretToken.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException("the webhook secret must be 1-256 characters of A-Z a-z 0-9 _ -");
            }
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            path = path == null || path.isBlank() ? "/telegram" : path;
        }

        /** Plain HTTP behind a proxy that ends TLS. */
        public Webhook(String publicUrl, String secretToken, int port, String path) {
            this(publicUrl, secretToken, port, path, null);
        }
    }

    /**
     * The endpoint's own TLS.
     *
     * @param keyStore a PKCS12 file with the private key and its certificate chain
     * @param password the key store's password (also the key's)
     */
    public record Tls(java.nio.file.Path keyStore, String password) {
        public Tls {
            Objects.requireNonNull(keyStore, "keyStore");
            password = password == null ? "" : password;
        }
    }

    /**
     * Telegram's sending limits, which the adapter keeps to.
     *
     * @param chatGap the least time between two messages to one chat
     * @param groupPerMinute messages to one group within any minute
     * @param globalPerSecond messages to all chats within any second
     * @param busyBacklog when this many answers wait for one chat, confirmations are folded into a
     *     digest and the liaisons' messages get a reaction instead
     */
    public record Limits(Duration chatGap, int groupPerMinute, int globalPerSecond, int busyBacklog) {
        public static final Limits TELEGRAM = new Limits(Duration.ofSeconds(1), 20, 30, 4);

        public Limits {
            Objects.requireNonNull(chatGap, "chatGap");
            if (groupPerMinute < 1 || globalPerSecond < 1 || busyBacklog < 2) {
                throw new IllegalArgumentException("limits must be positive and the backlog at least 2");
            }
        }
    }
}
