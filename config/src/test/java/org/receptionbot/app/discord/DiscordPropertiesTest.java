package org.receptionbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DiscordPropertiesTest {

    private static DiscordProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("reception.discord", DiscordProperties.class);
    }

    @Test
    void unsetURLsAreDiscordsOwn() {
        DiscordProperties p = bind(Map.of("reception.discord.token", "t"));

        assertThat(p.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(p.settings(Set.of("500")).gatewayUrl()).isNull();
    }

    @Test
    void aGatewayURLThatIsNoWebsocketStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("reception.discord.gateway-url", "http://localhost/gateway")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("reception.discord.gateway-url");
    }
}
