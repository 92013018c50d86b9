package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;

/**
 * Someone named ill and under treatment now, beside a meal's figure, is a health matter besides the figure,
 * however many are with them; people back or well again, or someone pointed back to, are none.
 */
class CarePatientsTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.reference(), "2026-11-24T11:00").as("henan");

    private static boolean health(ParseOutcome o) {
        return o.records().stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.HEALTH);
    }

    private static int lunch(ParseOutcome o) {
        return o.records().stream()
                .filter(r -> r instanceof MealCount)
                .map(r -> ((MealCount) r).count())
                .findFirst()
                .orElse(-1);
    }

    @Test
    void peopleWithAFeverishPlayerOnADripKeepTheLunchAndFileTheHealthMatter() {
        ParseOutcome o = PARSER.read("河南中午38个 还有2个陪发烧的队员在医院输液");

        assertThat(lunch(o)).isEqualTo(38);
        assertThat(health(o)).isTrue();
    }

    @Test
    void onePlayerWithAFeverOnADripWithSomeoneBesideThemIsAHealthMatter() {
        ParseOutcome o = PARSER.read("河南中午39个 有1个发烧在医院输液 1个陪着");

        assertThat(lunch(o)).isEqualTo(39);
        assertThat(health(o)).isTrue();
    }

    @Test
    void anInjuredPlayerKeptInHospitalWithTwoBesideThemIsAHealthMatter() {
        ParseOutcome o = PARSER.read("河南中午37个 2个人陪扭伤的队员住院了");

        assertThat(lunch(o)).isEqualTo(37);
        assertThat(health(o)).isTrue();
    }

    @Test
    void feverishPlayersOutOfHospitalAreNoMatter() {
        ParseOutcome o = PARSER.read("河南中午40个 昨天发烧那2个出院了");

        assertThat(lunch(o)).isEqualTo(40);
        assertThat(health(o)).isFalse();
    }

    @Test
    void peopleBackFromTheirDripAreNoMatter() {
        assertThat(health(PARSER.read("河南中午40个 在医院输液的2个回来了"))).isFalse();
    }

    @Test
    void peopleWithAPlayerOnADripWithNoIllnessNamedAreOnlyWhyFewerEat() {
        ParseOutcome o = PARSER.read("河南晚上报四十个有两个陪运动员在医院输液回不来所以实际三十八个");

        assertThat(health(o)).isFalse();
    }
}
