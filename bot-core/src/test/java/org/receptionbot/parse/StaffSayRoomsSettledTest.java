package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * A lodging or a coordinator saying a delegation's rooms are settled (已经解决, 调好了), opened or added for them
 * (先开了3间, 在3楼加了4间) or promised ready by an hour (11点前全部弄好) answers the matter ({@link RoomsSettled}):
 * no ISSUE, even beside the apology or the mistake owned (是我们登记错了). The same words asked, said not done,
 * needed or from the delegation itself still report the problem.
 */
class StaffSayRoomsSettledTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-18T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|湖南的房间问题已经解决，换到5楼了",
                "''|清江大酒店：四川的房间调好了，是前台排错了，不好意思",
                "''|贵州的空调已经调好，可以入住了",
                "''|云上民宿：湖北的房间下午2点前都收拾好，先腾了2间放行李",
                "''|河南的房间不够的事已经解决了，在2楼多开了3间",
                "''|前台：天津团的房间12点之前全部打扫好，辛苦大家稍等"
            })
    void noProblem(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|湖南的房间问题还没解决，麻烦酒店尽快处理|ROOM",
                "''|四川的房间还没调好，热水也没有|ROOM",
                "''|贵州的房间没解决，还是没有热水|ROOM",
                "''|湖北的房间还要加3间，前台说没有了|ROOM",
                "''|湖北的房间还差3间，前台说没有了|ROOM",
                "hunan|我们的房间还没开，前台说要等到下午|ROOM"
            })
    void problemStands(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
