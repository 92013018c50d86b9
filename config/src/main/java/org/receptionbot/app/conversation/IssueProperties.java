package org.receptionbot.app.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reception.issues.*}.
 *
 * @param oldAfter how long an issue may wait (open or acknowledged) before the issue board marks it as old
 */
@ConfigurationProperties("reception.issues")
public record IssueProperties(@DefaultValue("2h") Duration oldAfter) {

    public IssueProperties {
        if (oldAfter.isNegative() || oldAfter.isZero())
            throw new IllegalArgumentException("reception.issues.old-after 应为正数 / must be positive: " + oldAfter);
    }
}
