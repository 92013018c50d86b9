package org.receptionbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonActionTest {

    @Test
    void everyActionReadsBackFromTheDataAPlatformCarries() {
        List<ButtonAction> actions = List.of(
                new ButtonAction.Undo("42"),
                new ButtonAction.Confirm("7788"),
                new ButtonAction.Bind("7788"),
                new ButtonAction.Choose("r", "7788"));
        for (ButtonAction a : actions) assertThat(ButtonAction.parse(a.data())).contains(a);
    }

    @Test
    void theDataOfButtonsAlreadySentKeepsItsForm() {
        assertThat(new Button("撤销", new ButtonAction.Undo("42")).action()).isEqualTo("undo:42");
        assertThat(new ButtonAction.Confirm("9").data()).isEqualTo("ok:9");
        assertThat(new ButtonAction.Bind("9").data()).isEqualTo("bind:9");
        assertThat(new ButtonAction.Choose("p", "9").data()).isEqualTo("ch:p:9");
    }

    @Test
    void dataNoButtonMakesIsNoAction() {
        assertThat(ButtonAction.parse("nothing")).isEmpty();
        assertThat(ButtonAction.parse("zap:1")).isEmpty();
        assertThat(ButtonAction.parse("ch:only")).isEmpty();
    }
}
