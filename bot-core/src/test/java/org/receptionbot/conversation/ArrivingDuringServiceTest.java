package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.CATERER;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.Reply;

/**
 * Trial 56's 贵州: people coming to eat at a meal while it is served, more than its reported figure, are not recorded
 * (the reported figure is the settlement's) but the coordinators and the caterer are told at once, marked as arriving
 * during service, and the liaison is told who was. Fewer diners get the plain refusal and tell no one.
 */
class ArrivingDuringServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static List<String> told(ConversationFixture f) {
        return java.util.stream.Stream.concat(f.outbox.sentTo(COORDINATORS).stream(), f.outbox.sentTo(CATERER).stream())
                .map(Reply::text)
                .filter(t -> t.startsWith("【开餐中到场】"))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "guizhou,贵州中午临时回来吃了 50个人 麻烦餐厅准备一下,0,50",
        "guizhou,贵州中午回来吃了 50个 请餐厅准备,0,50",
        "hunan,湖南中午实际来了40个,35,40",
    })
    void theKitchenAndTheCoordinatorsAreToldAtOnce(String team, String text, int booked, int coming) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        if (booked == 0) f.say(team, "2026-11-22T19:00", "明天中午在赛场吃不回来");
        else f.say(team, "09:00", "中午" + booked + "个");
        assertThat(f.diners(DAY, "LUNCH", team)).isEqualTo(booked);

        String answer = f.soleAnswerTo(team, "12:20", text);

        assertThat(answer)
                .contains("该餐已开餐，报餐人数" + booked + "人是结算依据")
                .contains("已转告协调组和餐饮保障组")
                .doesNotContain("请告知协调组");
        assertThat(f.outbox
                        .sentTo(COORDINATORS)
                        .get(f.outbox.sentTo(COORDINATORS).size() - 1)
                        .text())
                .startsWith("【开餐中到场】")
                .contains("报餐" + booked + "人；现有" + coming + "人到场用餐")
                .contains(text);
        assertThat(f.outbox
                        .sentTo(CATERER)
                        .get(f.outbox.sentTo(CATERER).size() - 1)
                        .text())
                .startsWith("【开餐中到场】")
                .contains("请餐厅即刻准备");
        assertThat(f.diners(DAY, "LUNCH", team)).isEqualTo(booked);
    }

    @Test
    void theSamePeopleAtTheSameMealAreToldOnceAndTheSecondSenderIsToldSo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("hunan", "09:00", "湖南中午30个");
        f.say("hunan", "12:15", "湖南中午实际来了40个");
        assertThat(told(f)).hasSize(2);

        String second = f.soleAnswerTo("tian", "12:20", "湖南午饭按40");

        assertThat(told(f)).hasSize(2);
        assertThat(second).contains("现有40人到场用餐，此前已转告，本次未重复通知。").doesNotContain("多10人");
        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(30);

        // a new figure, and another delegation's same figure, are news: told
        f.say("hunan", "12:25", "湖南中午实际来了42个");
        assertThat(told(f)).hasSize(4).last().asString().contains("现有42人到场用餐（多12人）");
        f.say("hubei", "09:00", "湖北中午30个");
        f.say("hubei", "12:30", "湖北中午实际来了40个");
        assertThat(told(f)).hasSize(6).last().asString().contains("湖北").contains("现有40人到场用餐（多10人）");
    }

    @Test
    void fewerDinersTellNoOne() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("chongqing", "09:00", "重庆中午44");

        assertThat(f.soleAnswerTo("chongqing", "12:20", "重庆中午来了38个"))
                .contains("该餐已开餐")
                .contains("请告知协调组或餐饮保障组");
        assertThat(told(f)).isEmpty();
        assertThat(f.diners(DAY, "LUNCH", "chongqing")).isEqualTo(44);
    }
}
