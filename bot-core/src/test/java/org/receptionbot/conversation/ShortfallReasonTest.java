package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A liaison's account of who a count is short of and why, passed on with the shortfall; other words are none. */
class ShortfallReasonTest {
    @ParameterizedTest
    @CsvSource({
        "2号车实到28人 少的2个是山东的 他们早上已经回去了, 少的2个是山东的 他们早上已经回去了",
        "7号车30人 差的那个是北京的 去市里见朋友了, 差的那个是北京的 去市里见朋友了",
        "3号车实到40 没来的两位说临时有会, 没来的两位说临时有会",
        "6号车43人，缺的1个请假了, 缺的1个请假了"
    })
    void theAccountOfTheShortOnesIsTheirWords(String text, String reason) {
        assertThat(ShortfallReason.of(text)).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"2号车实到28人", "2号车实到28人 少2个", "1号车实到30 还差2个在找", "5号车42人 少的话再等等", "晚饭少2个 其他不变"})
    void noAccountIsNone(String text) {
        assertThat(ShortfallReason.of(text)).isNull();
    }
}
