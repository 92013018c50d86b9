package org.receptionbot.app.telegram;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.receptionbot.adapters.telegram.TelegramSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings. The token normally comes from the environment variable {@code
 * TELEGRAM_BOT_TOKEN}.
 *
 * @param token the bot's token from BotFather; blank: Telegram is not served
 * @param apiUrl the Bot API base URL (a self-hosted Bot API server; a local server in tests)
 * @param pollTimeout how long one long poll waits for updates
 * @param webhookUrl the public HTTPS address for updates; blank: long polling
 * @param webhookSecret the secret Telegram sends with each update to the webhook
 * @param webhookPort the local port of the webhook endpoint
 * @param webhookPath the local path of the webhook endpoint
 * @param webhookKeyStore a PKCS12 key store for the endpoint to serve HTTPS itself; blank: plain HTTP
 *     behind a proxy that ends TLS
 * @param webhookKeyStorePassword the key store's password
 */
@ConfigurationProperties("reception.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org/bot") String apiUrl,
        @DefaultValue("50s") Duration pollTimeout,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("8443") int webhookPort,
        @DefaultValue("/telegram") String webhookPath,
        Path webhookKeyStore,
        String webhookKeyStorePassword) {

    public TelegramProperties {
        if (apiUrl == null || !(apiUrl.startsWith("https://") || apiUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("reception.telegram.api-url must be an http(s) URL: " + apiUrl);
        }
        if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 600) {
            throw new IllegalArgumentException(
                    "reception.telegram.poll-timeout must be between 0 and 600 s: " + pollTimeout);
        }
        if (webhook()) {
            URI.create(webhookUrl);
            if (!webhookUrl.startsWith("https://")) {
                throw new IllegalArgumentException(
                        "reception.telegram.webhook-url must be an https:// address (Telegram posts only to HTTPS)");
            }
            if (webhookKeyStore != null && !Files.isReadable(webhookKeyStore)) {
                throw new IllegalArgumentException(
                        "reception.telegram.webhook-key-store cannot be read: " + webhookKeyStore);
            }
            if (webhookSecret == null || !webhookSecret.matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalArgumentException(
                        "reception.telegram.webhook-secret is required with a webhook: 1-256 characters of A-Z a-z 0-9 _ -");
            }
        }
    }

    boolean webhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    /** The adapter's settings for serving these chats; Telegram's own sending limits. */
    TelegramSettings settings(Set<String> servedChats) {
        TelegramSettings.Tls tls =
                webhookKeyStore == null ? null : new TelegramSettings.Tls(webhookKeyStore, webhookKeyStorePassword);
        TelegramSettings.Webhook hook = webhook()
                ? new TelegramSettings.Webhook(webhookUrl, webhookSecret, webhookPort, webhookPath, tls)
                : null;
        return new TelegramSettings(token, apiUrl, pollTimeout, servedChats, hook, null);
    }
}
