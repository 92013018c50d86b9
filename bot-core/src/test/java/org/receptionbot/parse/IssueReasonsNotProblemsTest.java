package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Session 36: what people say of themselves that is no problem to act on. People at care who are no new patient
 * ({@link CareReasons}: visitors, companions, a routine visit, people in care beside a figure) and a meal missed by
 * the people's own timing ({@link MissedMeal}), and a coordinator's or a provider's word on how a matter is seen to
 * ({@link StaffUpdates}) give no ISSUE; the look-alikes that report an illness, food run short or
 * ask for something still do.
 */
class IssueReasonsNotProblemsTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|有4个去县医院看望受伤的队友",
                "tianjin|天津晚饭少3个 有三个去医院探望摔伤的那个队员",
                "hunan|他们俩去医院看牙了😂",
                "hubei|湖北有两个下午去县医院拍片子 晚饭前回来",
                "jilin|吉林中午40个 两个在医院陪床",
                "shandong|山东中午改为36人，有2个在医院陪前天受伤的队员",
                "guizhou|贵州晚饭45 有3个在医院",
                "sichuan|四川午饭改成44 两个在医务室躺着",
                "zhejiang|浙江晚饭37 住院那个不算",
                "hunan|今晚晚宴吃不上了",
                "hunan|早饭没吃上 没事",
                "shanxi|山西30人 晚上十点到 晚饭肯定吃不上了 宵夜也不用留",
                "hubei|湖北明早8个人6点出发去赛场 早饭吃不上了",
                "''|九院：热水器压力不够，正在处理，二十分钟左右",
                "''|@湖北 3号车在半路爆胎了 正在换 车队另派的车15分钟到",
                "''|6号车空调坏了 送去修了 河北的同志今天先坐备用车",
                "''|民宿前台：湖南的房间马上好 二楼先开八间",
                "''|餐厅：素食窗口今天多备了，放心",
                "''|提醒明天返程的队：房卡交前台，押金凭收据退",
                "''|清江大酒店各位：如房间热水不热请直接打前台8001",
                "''|@云南 去机场的车定了吗 需要的话两点从酒店发一趟中巴"
            })
    void noProblem(String sender, String text) {
        assertThat(IssueCases.issues(AT, sender, text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南有个队员崴脚了 要去医院拍片|HEALTH",
                "hunan|有两个牙疼得厉害 需要去医院看牙|HEALTH",
                "guizhou|贵州中午45个 还有5个去医院陪那个扭伤的队员|HEALTH",
                "jilin|吉林有个运动员受伤了 现在在县医院 需要人陪护|HEALTH",
                "sichuan|四川晚饭40个 另有1个队员发烧了 在医院|HEALTH",
                "hubei|餐厅菜都没了 我们还有十几个人没吃上|MEAL",
                "hunan|早饭没吃上 能不能给我们留点|MEAL",
                "hubei|晚饭吃不上了 饭不够|MEAL",
                "guizhou|我们还有二十个没吃上 只剩面条了|MEAL",
                "''|3号车在高速服务区爆胎了，正在换胎，请通知接待方|VEHICLE",
                "''|1号车在机场停车场打不着火了，请交通组马上调一台车过去|VEHICLE",
                "''|清江大酒店：北京团有一间房的空调坏了，风很大，已报修|ROOM",
                "''|民宿保洁：湖南团305房间满地垃圾 请联络员提醒一下|HYGIENE"
            })
    void problemStands(String sender, String text, IssueCategory category) {
        assertThat(IssueCases.issues(AT, sender, text))
                .as(text)
                .extracting(Issue::category)
                .contains(category);
    }
}
