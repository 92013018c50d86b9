package org.receptionbot.app.event;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad event file into a short start failure report instead of a stack trace. */
final class InvalidEventFileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidEventFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidEventFileException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "请按上面列出的问题修改活动配置文件，或改正它的路径（设置 reception.event-file，"
                        + "环境变量 RECEPTION_EVENTFILE），然后重新启动；可先用 check-event 文件 检查。\n"
                        + "Fix the event file at the entries listed above, or its path (reception.event-file),"
                        + " then start again; `check-event FILE` checks a file.",
                cause);
    }
}
