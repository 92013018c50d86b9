package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole message that denies an arrival of today, as the chat side reads it with the parser's words. */
class DeniedArrivalWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {"不对 我们不是今天到的 早就到了", "我们早已抵达", "老早就到了", "很早就到了", "不是刚落地的"})
    void anArrivalPutLongAgoOrDeniedForTodayIsDenied(String message) {
        assertThat(DeniedArrivalWords.saidIn(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们今天到了", "车早就到了", "大巴早已到达", "不是今天走的", "好几天前就到了"})
    void anArrivalSaidOrAVehiclesIsNotDenied(String message) {
        assertThat(DeniedArrivalWords.saidIn(message)).isFalse();
    }
}
