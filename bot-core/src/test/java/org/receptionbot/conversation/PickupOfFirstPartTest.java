package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 51: a team arriving in two parts, its first part picked up by its own bus ("8号车接到重庆第一批 实到30人"), is
 * counted against the part due on that ride, not the whole team: the other part, reported for later that day, is not
 * short.
 */
class PickupOfFirstPartTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "chongqing|bus8|8|重庆这边分两批 先到30个 G1502 三点一刻到 剩下14个晚上9点到|2026-11-18T15:25|8号车接到重庆第一批 实到30人 往云上民宿走|30|30",
                "chongqing|bus8|8|重庆先到30个 三点一刻到 剩下14个晚上9点到|2026-11-18T15:30|8号车 重庆第一批实到30人|30|30",
                "xinjiang|bus9|9|新疆分两批 先到40个 下午4点半到 还有7个晚上10点到|2026-11-18T16:50|9号车实到40人 新疆第一批都接到了|40|40",
                "xinjiang|bus9|9|新疆分两批 先到40个 下午4点半到 还有7个晚上10点到|2026-11-18T16:50|9号车实到38人|38|40"
            })
    void theCountIsAgainstThePartDueOnThatRide(
            String team, String bus, String vehicle, String parts, String at, String count, int counted, int due) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say(team, "2026-11-18T14:35", parts);

        String answer = f.answerTo(bus, at, count);

        assertThat(answer).contains("实到" + counted + "人（应到" + due + "人");
        String board = f.answerTo("tian", at, "车辆清点");
        assertThat(board).contains(vehicle + "号车").contains("应到" + due + "人");
        if (counted == due) {
            assertThat(answer).doesNotContain("⚠少");
            assertThat(board).doesNotContain("⚠少");
            assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                    .noneMatch(r -> r.text().contains("清点少"));
        } else assertThat(answer).contains("⚠少" + (due - counted) + "人");
    }
}
