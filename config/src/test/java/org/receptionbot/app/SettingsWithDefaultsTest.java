package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.app.conversation.IssueProperties;
import org.receptionbot.app.store.StoreProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SettingsWithDefaultsTest {

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
    }

    @Test
    void unsetSettingsTakeTheirDefaults() {
        assertThat(bind("reception.store", StoreProperties.class, Map.of()).cache())
                .isTrue();
        assertThat(bind("reception.issues", IssueProperties.class, Map.of()).oldAfter())
                .isEqualTo(Duration.ofHours(2));
        assertThat(bind("reception", ReceptionProperties.class, Map.of())
                        .dataDir()
                        .toAbsolutePath()
                        .normalize())
                .isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void eachSampleHasItsOwnDataDirectoryUnlessOneIsSet() {
        assertThat(bind("reception", ReceptionProperties.class, Map.of("reception.sample", "conference"))
                        .dataDir())
                .isEqualTo(Path.of("data-conference"));
        assertThat(bind("reception", ReceptionProperties.class, Map.of("reception.sample", "games"))
                        .dataDir())
                .isEqualTo(Path.of("data"));
        assertThat(bind(
                                "reception",
                                ReceptionProperties.class,
                                Map.of("reception.sample", "conference", "reception.data-dir", "/srv/rb"))
                        .dataDir())
                .isEqualTo(Path.of("/srv/rb"));
        // An event file is not a sample: its records go to ./data as before.
        assertThat(bind(
                                "reception",
                                ReceptionProperties.class,
                                Map.of("reception.sample", "conference", "reception.event-file", "event.yml"))
                        .dataDir())
                .isEqualTo(Path.of("data"));
    }

    @Test
    void settingsAreReadUnderTheirNames() {
        assertThat(bind("reception.store", StoreProperties.class, Map.of("reception.store.cache", "false"))
                        .cache())
                .isFalse();
        assertThat(bind("reception.issues", IssueProperties.class, Map.of("reception.issues.old-after", "90m"))
                        .oldAfter())
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aBadValueIsRefusedNamingItsSetting() {
        assertThatThrownBy(
                        () -> bind("reception.store", StoreProperties.class, Map.of("reception.store.cache", "maybe")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("reception.store.cache");
        assertThatThrownBy(() ->
                        bind("reception.issues", IssueProperties.class, Map.of("reception.issues.old-after", "-1h")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("reception.issues")
                .rootCause()
                .hasMessageContaining("reception.issues.old-after");
    }
}
