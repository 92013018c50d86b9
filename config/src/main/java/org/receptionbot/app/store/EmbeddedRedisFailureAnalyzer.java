package org.receptionbot.app.store;

import org.receptionbot.adapters.redis.EmbeddedRedisException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an embedded Redis that could not start in a few lines instead of a stack trace: the
 * cause and its fix are in the exception's message, the way around it in the action.
 */
final class EmbeddedRedisFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedRedisException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedRedisException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "按上面的说明处理后重新启动；或者用 spring.data.redis.*（环境变量 SPRING_DATA_REDIS_HOST 等）连接外部 Redis。\n"
                        + "Fix the cause above and start again, or connect to an external Redis with spring.data.redis.*.",
                cause);
    }
}
