package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisOutputTest {

    @Test
    void findsTheProblemRedisPrintedBeforeItStopped() {
        String reported = """
                Redis-server process appears not to have started. stdandard-out contains this:\s
                14166:C 30 Nov 2026 09:25:08.492 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo
                14166:C 30 Nov 2026 09:25:08.492 # Redis version=6.2.11, bits=64, commit=00000000, modified=0, pid=14166, just started
                14166:C 30 Nov 2026 09:25:08.492 # Configuration loaded
                14166:M 30 Nov 2026 09:25:08.492 * monotonic clock: POSIX clock_gettime
                14166:M 30 Nov 2026 09:25:08.492 # Can't open the append-only file: Permission denied No output was found in standard-err.""";

        assertThat(RedisOutput.lastProblem(reported)).isEqualTo("Can't open the append-only file: Permission denied");
    }

    @Test
    void givesTheWholeReportWhenRedisPrintedNoProblem() {
        assertThat(RedisOutput.lastProblem(" Failed to start Redis service "))
                .isEqualTo("Failed to start Redis service");
    }
}
