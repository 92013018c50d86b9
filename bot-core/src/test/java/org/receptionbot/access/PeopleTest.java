package org.receptionbot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Binding;
import org.receptionbot.testing.InMemoryBindings;

class PeopleTest {
    private final InMemoryBindings bindings = new InMemoryBindings();
    private final People people = new People(TestEvents.withPeople(), bindings);

    @Test
    void sendersAreCoordinatorsLiaisonsFromTheFileOrByBindingOrOthers() {
        assertThat(people.who("sandbox", "tian", "x")).isEqualTo(new Sender.Coordinator("tian", "田主任"));
        assertThat(people.who("telegram", "2001", "x")).isEqualTo(new Sender.Liaison("2001", "李娜", "hunan"));
        assertThat(people.who("sandbox", "zhao", "赵")).isEqualTo(new Sender.Other("zhao", "赵"));
        bindings.bind(new Binding("sandbox", "zhao", "赵", "guizhou", "tian", Instant.EPOCH));
        assertThat(people.who("sandbox", "zhao", "赵")).isEqualTo(new Sender.Liaison("zhao", "赵", "guizhou"));
    }

    @Test
    void aLiaisonChangesTheirOwnDelegationAndACoordinatorAny() {
        Sender li = people.who("sandbox", "hunan-li", "李娜");
        assertThat(people.refusal(li, "hunan")).isNull();
        assertThat(people.refusal(people.who("sandbox", "tian", "田"), "guizhou"))
                .isNull();
        assertThat(people.refusal(li, "guizhou")).isEqualTo("抱歉，贵州省代表团的记录只能由该团联络员王强或协调组修改。");
    }

    @Test
    void onlyChatsOfTheEventFileAreServed() {
        assertThat(people.served(new ChatRef("sandbox", "group"))).isTrue();
        assertThat(people.served(new ChatRef("telegram", "group"))).isFalse();
        assertThat(people.chats(ChatDef.Role.COORDINATORS)).containsExactly(new ChatRef("sandbox", "coordinators"));
    }

    @Test
    void delegationsAreFoundByNameAliasOrSuffixAndTyposGetTheClosest() {
        DelegationNames names = new DelegationNames(TestEvents.reference());
        assertThat(names.find("新疆兵团")).get().extracting(d -> d.id()).isEqualTo("bingtuan");
        assertThat(names.find("湖南代表队")).get().extracting(d -> d.id()).isEqualTo("hunan");
        assertThat(names.find("湖南省代表团")).get().extracting(d -> d.id()).isEqualTo("hunan");
        assertThat(names.find("火星")).isEmpty();
        assertThat(names.notFound("湖楠")).isEqualTo("没有找到代表团“湖楠”。您是不是要找：湖北省代表团、湖南省代表团？");
    }
}
