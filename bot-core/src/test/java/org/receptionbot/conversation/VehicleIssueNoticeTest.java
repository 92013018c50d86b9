package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/** The coordinators' notice of a new vehicle problem, or of any problem naming a bus, names the bus, its plate and its driver. */
class VehicleIssueNoticeTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    @Test
    void aVehicleProblemNamesTheReportersDelegationsBus() {
        f.reads("车还没来", new Issue(IssueCategory.VEHICLE, "hunan", "车还没来"));

        f.say("hunan-li", "2026-11-22T08:00", "车还没来");

        assertThat(f.lastTo(COORDINATORS).text())
                .startsWith("新问题#1（李娜 08:00）：【车辆】湖南省代表团：车还没来\n湖南省代表团用车：3号车 鄂Q·A1003，司机 覃师傅 13700000003\n受理请发");
    }

    @Test
    void anItemLostOnANamedBusNamesThatBusAndItsDriver() {
        String text = "王处长的手机掉车上了 3号车";
        f.reads(text, new Issue(IssueCategory.OTHER, "hunan", text));

        f.say("hunan-li", "2026-11-22T08:00", text);

        assertThat(f.lastTo(COORDINATORS).text())
                .startsWith("新问题#1（李娜 08:00）：【其他】湖南省代表团：" + text + "\n所涉车辆：3号车 鄂Q·A1003，司机 覃师傅 13700000003\n");
    }

    @Test
    void aProblemOfAnotherKindNamingNoBusNamesNone() {
        f.reads("房间没有热水", new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"));

        f.say("hunan-li", "2026-11-22T08:00", "房间没有热水");

        assertThat(f.lastTo(COORDINATORS).text()).doesNotContain("鄂Q·A1003");
    }
}
