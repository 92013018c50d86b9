package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A driver's phone or a plate requested in the chat is answered to the sender from the event file, alone or after the
 * figures recorded beside it; read by the real parser on the bundled samples.
 */
class VehicleRequestsInChatTest {

    @Test
    void aDriversPhoneRequestedIsTheBusCardNotAProblem() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo("hubei", "2026-11-23T09:00", "1号车司机电话发我一下");

        assertThat(answer).isEqualTo("1号车\n车牌：鄂Q·A1001\n司机：向师傅\n电话：13508190011\n服务：湖北省代表团\n随车联络员：向丽萍 13508190141");
        assertThat(f.core.issueBook.all()).isEmpty();
    }

    @Test
    void mealFiguresBesideTheRequestAreRecordedAndTheCardFollows() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo("hubei", "2026-11-23T09:00", "湖北 中午56 晚上56 哦对了1号车司机电话发我一下");

        assertThat(answer)
                .startsWith("已记录：湖北省代表团 11月23日（周一）午餐 报餐56人（60人→56人）")
                .contains("湖北省代表团 11月23日（周一）晚餐 报餐56人")
                .endsWith("1号车\n车牌：鄂Q·A1001\n司机：向师傅\n电话：13508190011\n服务：湖北省代表团\n随车联络员：向丽萍 13508190141");
        assertThat(f.diners(java.time.LocalDate.of(2026, 11, 23), "LUNCH", "hubei"))
                .isEqualTo(56);
        assertThat(f.diners(java.time.LocalDate.of(2026, 11, 23), "DINNER", "hubei"))
                .isEqualTo(56);
    }

    @Test
    void aRoutesPlatesRequestedListItsBuses() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        assertThat(f.soleAnswerTo("huang", "2026-12-09T09:00", "北海线的车牌号发一下"))
                .isEqualTo("北海线用车（4辆）：\n3号车 桂A·H3103，司机 覃师傅 13877100003\n4号车 桂A·H3104，司机 莫师傅 13877100004\n"
                        + "5号车 桂A·H3105，司机 陆师傅 13877100005\n9号车 桂A·H3109，司机 廖师傅 13877100009");
        assertThat(f.soleAnswerTo("huang", "2026-12-09T09:01", "南宁线的车牌号发一下"))
                .isEqualTo("没有“南宁线”这条考察线路。现有线路：百色线、北海线、柳州线。");
    }

    @Test
    void aBusTheEventLacksIsSaidMissingWithTheBusesItHas() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        assertThat(f.soleAnswerTo("huang", "2026-12-09T09:00", "15号车司机电话发我一下"))
                .isEqualTo("没有15号车。现有车辆：1号、2号、3号、4号、5号、6号、7号、8号、9号、10号、11号、12号、13号、14号。");
    }

    @Test
    void talkAboutADriverStaysSilent() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerOrNull("hubei", "2026-11-23T09:00", "师傅辛苦了")).isNull();
        assertThat(f.answerOrNull("hubei", "2026-11-23T09:01", "好的 谢谢师傅")).isNull();
    }
}
