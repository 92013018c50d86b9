package org.receptionbot.adapters.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The rehearsed time kept with the sandbox's state between runs: a file holding the instant the
 * rehearsal had reached, absent while the sandbox follows the real clock.
 */
final class SavedClock {
    /** Keeps nothing: every run starts on the real clock. */
    static final SavedClock NONE = new SavedClock(null);

    private final Path file;

    SavedClock(Path file) {
        this.file = file;
    }

    /** The rehearsed time the last run reached, if it was rehearsing; a damaged file counts as none. */
    Optional<Instant> load() {
        if (file == null || !Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(
                    Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code at} as the rehearsed time; null goes back to the real clock. */
    void save(Instant at) {
        if (file == null) return;
        try {
            if (at == null) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, at.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the rehearsed time in " + file, e);
        }
    }
}
