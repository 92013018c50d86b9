package org.receptionbot.app.store;

import org.receptionbot.adapters.redis.EmbeddedRedisException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an embedded Redis that could not start in a few lines instead of a stack trace. */
final class EmbeddedRedisFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedRedisException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedRedisException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "或者用 spring.data.redis.* 连接外部 Redis。\nOr connect to an external Redis with spring.data.redis.*.",
                cause);
    }
}
