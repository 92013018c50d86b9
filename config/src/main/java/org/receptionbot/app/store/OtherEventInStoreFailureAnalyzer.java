package org.receptionbot.app.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a store that holds another event in a few lines: both events, then the ways out. */
final class OtherEventInStoreFailureAnalyzer extends AbstractFailureAnalyzer<OtherEventInStoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OtherEventInStoreException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.fix(), cause);
    }
}
