package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreFaultTest {

    private static RuntimeException thrownAt(RuntimeException e, String... classes) {
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) frames[i] = new StackTraceElement(classes[i], "m", null, 1);
        e.setStackTrace(frames);
        return e;
    }

    @Test
    void aFaultRaisedInTheCoreIsTheReadings() {
        assertThat(CoreFault.is(thrownAt(
                        new NullPointerException(),
                        "java.time.LocalDate",
                        "org.receptionbot.ledger.Settlement",
                        "org.receptionbot.conversation.Dialogue")))
                .isTrue();
    }

    @Test
    void aStoreFailureIsPassedOn() {
        assertThat(CoreFault.is(thrownAt(
                        new IllegalStateException("timeout"),
                        "io.lettuce.core.RedisChannelHandler",
                        "org.springframework.data.redis.core.RedisTemplate",
                        "org.receptionbot.adapters.redis.RedisLedger",
                        "org.receptionbot.conversation.Dialogue")))
                .isFalse();
        assertThat(CoreFault.is(thrownAt(
                        new IllegalStateException(),
                        "java.util.Objects",
                        "org.receptionbot.adapters.redis.RedisLedger",
                        "org.receptionbot.conversation.Dialogue")))
                .isFalse();
    }
}
