package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * Round bg: problems a liaison said with no problem word of their own. People moving to another lodging asked for
 * or waited on ({@link LodgingMove}: 有五个人要从云上民宿换到清江大酒店 房间谁对接一下) is a room matter; a meal place with no
 * record of the delegation (餐厅说没登记我们的) a meal matter; a problem closed by a doubled question mark (清江说没有房了??)
 * is dismay, no question; a vehicle's key (车钥匙找不到了) is the vehicle's. Look-alikes: a move done, a bus or a meal
 * place moved to, a question with its question word, a room's key.
 */
class ProblemsSaidPlainlyTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T11:40");

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "hainan;海南今天住宿有变化 有五个人要从云上民宿换到清江大酒店 房间谁对接一下;ISSUE|ROOM|hainan|",
                "guangxi;广西有3个队员想换到九院宾馆住 谁对接一下;ISSUE|ROOM|guangxi|",
                "'';山东两个裁判要从九院宾馆搬到清江大酒店 麻烦安排;ISSUE|ROOM|shandong|",
                "henan;河南的两位领导今晚搬去云上民宿 房间能安排吗;ISSUE|ROOM|henan|",
                "hunan;湖南有两个教练想搬到九院宾馆 能安排吗;ISSUE|ROOM|hunan|",
                "xizang;西藏30个人在九院餐厅门口 餐厅说没登记我们的??;ISSUE|MEAL|xizang|",
                "hubei;湖北到土家山寨餐厅 餐厅说没登记我们的;ISSUE|MEAL|hubei|",
                "henan;到了餐厅发现没有我们的桌子;ISSUE|MEAL|henan|",
                "gansu;甘肃中午去九院吃 餐厅说没有我们的??;ISSUE|MEAL|gansu|",
                "hainan;海南五个人搬去清江的事 清江说没有房了?? 人在大堂干等着;ISSUE|ROOM|hainan|",
                "jilin;清江前台说没有房了？？;ISSUE|ROOM|jilin|",
                "yunnan;5号车谭师傅说车钥匙找不到了 明早还能走吗;ISSUE|VEHICLE|yunnan|",
                "chongqing;8号车冉师傅车钥匙丢了 明早用车怎么办;ISSUE|VEHICLE|chongqing|",
                "beijing;10号车的车钥匙找不到了;ISSUE|VEHICLE|beijing|",
                "hunan;房间钥匙找不到了;ISSUE|ROOM|hunan|"
            })
    void theProblemIsRecordedOfItsKind(String sender, String text, String expected) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(CorpusCase.keys(read.contractRecords())).as(text).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "hunan;清江那边的房间已经换好了 五个人搬到清江了 谢谢",
                "hunan;原来住云上民宿的5个人已经搬到清江大酒店了",
                "hunan;明天去清江吗??",
                "hunan;晚饭几点开始??",
                "hunan;餐厅说我们的已经登记了",
                "hunan;餐厅说没问题"
            })
    void movesDoneAndQuestionsRecordNothing(String sender, String text) {
        AT.check(text, sender).noContract();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"hunan;晚饭换到土家山寨吃 35个;MEAL_COUNT|hunan|2026-11-24|DINNER|35|"})
    void aMealPlaceMovedToIsNoRoomMatter(String sender, String text, String expected) {
        assertThat(CorpusCase.keys(AT.read(text, sender).contractRecords()))
                .as(text)
                .containsExactly(expected);
    }
}
