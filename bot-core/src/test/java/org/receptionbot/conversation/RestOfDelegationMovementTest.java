package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;

/**
 * The rest of a delegation reported leaving with no hour ("其他人明天走", after a group leaving on its own)
 * is completed by a later report of their hour or train that gives the rest's figure ("其他人明天上午10点走
 * 坐D3072 50人" of 云南's 55 when 5 leave before): the record is updated, not doubled, and no board shows a
 * line for nobody. On the games sample, read by the real parser.
 */
class RestOfDelegationMovementTest {
    private static final Event EVENT = SampleEvents.games();
    private final MessageParser parser = new MessageParser(EVENT);
    private final ConversationFixture f = new ConversationFixture(EVENT, parser::parse);

    @ParameterizedTest
    @CsvSource({
        "云南其他人明天上午10点走 坐D3072 50人, 10:00",
        "其余50人明天上午10点走 坐D3072, 10:00",
        "剩下的50个人明早9点半走 D3072, 09:30",
        "云南剩余50人明天下午2点的D3072走, 14:00",
        "我们其他50位明天上午十点离开 D3072, 10:00"
    })
    void theRestsFigureWithAnHourCompletesTheirUntimedDeparture(String text, String time) {
        f.answerTo("yunnan", "2026-11-23T08:00", "云南有5个队员今天下午3点先走 坐G1502回昆明 其他人明天走");

        assertThat(f.answerTo("yunnan", "2026-11-23T11:05", text))
                .startsWith("已有记录：云南省代表团 11月24日（周二）离开（全团），已更新为" + time);
        assertThat(f.movementsOf("yunnan")).hasSize(2);
        assertThat(f.movementsOf("yunnan"))
                .anySatisfy(m -> assertThat(m.count()).isNull())
                .allSatisfy(m -> assertThat(m.time()).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/moves 11月24日", "明天动态"})
    void theCompletedDepartureIsOneLineForTheRest(String ask) {
        f.answerTo("yunnan", "2026-11-23T08:00", "云南有5个队员今天下午3点先走 坐G1502回昆明 其他人明天走");
        f.answerTo("yunnan", "2026-11-23T11:05", "云南其他人明天上午10点走 坐D3072 50人");

        f.say("tian", "2026-11-23T11:10", ask);

        assertThat(f.lastTo(GROUP).text())
                .contains("10:00 离开 云南省代表团 50人 D3072")
                .doesNotContain("时间待定 离开 云南")
                .doesNotContain(" 0人");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/moves 11月24日", "明天动态"})
    void aWholeDepartureLeftWithNobodyIsNotShown(String ask) {
        f.answerTo("yunnan", "2026-11-23T08:00", "云南有5个队员今天下午3点先走 其他人明天走");
        // another day's group of everyone else: the untimed whole departure then counts nobody
        f.answerTo("yunnan", "2026-11-23T08:30", "云南其余50人后天上午10点走");

        f.say("tian", "2026-11-23T11:10", ask);

        assertThat(f.lastTo(GROUP).text()).doesNotContain(" 0人");
    }
}
