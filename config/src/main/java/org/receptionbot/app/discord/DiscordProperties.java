package org.receptionbot.app.discord;

import java.util.Set;
import org.receptionbot.adapters.discord.DiscordSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Discord settings. The token normally comes from the environment variable {@code
 * DISCORD_BOT_TOKEN}.
 *
 * @param token the bot's token from the developer portal; blank: Discord is not served
 * @param apiUrl the REST API base URL (a local server in tests)
 * @param gatewayUrl the gateway's websocket URL; blank: the one Discord names (a local server in
 *     tests)
 */
@ConfigurationProperties("reception.discord")
public record DiscordProperties(
        String token,
        @DefaultValue(DiscordSettings.DEFAULT_API_URL) String apiUrl,
        String gatewayUrl) {

    public DiscordProperties {
        if (apiUrl == null || !(apiUrl.startsWith("https://") || apiUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("reception.discord.api-url must be an http(s) URL: " + apiUrl);
        }
        if (gatewayUrl != null
                && !gatewayUrl.isBlank()
                && !(gatewayUrl.startsWith("wss://") || gatewayUrl.startsWith("ws://"))) {
            throw new IllegalArgumentException("reception.discord.gateway-url must be a ws(s) URL: " + gatewayUrl);
        }
    }

    /** The adapter's settings for serving these channels. */
    DiscordSettings settings(Set<String> servedChannels) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, servedChannels);
    }
}
