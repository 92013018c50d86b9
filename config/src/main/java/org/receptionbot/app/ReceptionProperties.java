package org.receptionbot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.receptionbot.app.event.Sample;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bot's own settings.
 *
 * @param eventFile the event file (YAML); when not set, the sample event bundled in the jar
 * @param dataDir where the embedded Redis keeps its files; when not set, the bundled sample's own directory
 *     ({@link Sample#dataDir()}: {@code ./data} for the sports games, {@code ./data-conference} for the
 *     conference), or {@code ./data} for an event file, so that two samples never share their records
 * @param sampleEventToday whether the bundled sample event is laid around today (its dates moved by
 *     whole days so that today is its sixth day, as 23 November is in the file), so that it can be
 *     tried on any date; the file in the jar stays the reference
 * @param sample which bundled sample event runs when no event file is set: {@code games} (a sports
 *     games, the default) or {@code conference} (a conference with site visits)
 */
@ConfigurationProperties("reception")
public record ReceptionProperties(
        Path eventFile,
        Path dataDir,
        @DefaultValue("true") boolean sampleEventToday,
        @DefaultValue("games") Sample sample) {

    public ReceptionProperties {
        if (sample == null) sample = Sample.GAMES;
        if (dataDir == null) dataDir = eventFile == null ? sample.dataDir() : Sample.GAMES.dataDir();
        if (dataDir.toString().isBlank()) {
            throw new IllegalArgumentException("reception.data-dir 不能为空 / must not be empty");
        }
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("reception.data-dir（" + dataDir + "）不是目录 / is not a directory");
        }
    }
}
