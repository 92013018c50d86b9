package org.receptionbot.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;

/** The one lookup of the delegation a text names: the longest name or alias of two or more characters. */
class DelegationNamesTest {
    private final DelegationNames names = new DelegationNames(TestEvents.conference());

    @Test
    void theLongestNameOrAliasInTheTextNamesTheDelegation() {
        DelegationNames.Named named = names.in("北京市住建委的车是几号").orElseThrow();

        assertThat(named.delegation().id()).isEqualTo("beijing");
        assertThat(named.word()).isEqualTo("北京市住建委");
    }

    @Test
    void aLongerAliasHoldingAnotherDelegationsAliasNamesItsOwnDelegation() {
        DelegationNames.Named named =
                new DelegationNames(TestEvents.reference()).in("新疆兵团中午少3人").orElseThrow();

        assertThat(named.delegation().id()).isEqualTo("bingtuan");
        assertThat(named.word()).isEqualTo("新疆兵团");
    }

    @Test
    void aFullNameIsFoundAsTheWordSaid() {
        assertThat(names.in("河北省住房和城乡建设厅中午来了6个").orElseThrow().word()).isEqualTo("河北省住房和城乡建设厅");
    }

    @Test
    void aOneCharacterAliasNamesNoDelegation() {
        assertThat(names.in("京沪两地的车几点到")).isEmpty();
        assertThat(names.in("南京那边")).isEmpty();
    }

    @Test
    void aTextNamingNoDelegationFindsNone() {
        assertThat(names.in("今晚少5人")).isEmpty();
    }
}
