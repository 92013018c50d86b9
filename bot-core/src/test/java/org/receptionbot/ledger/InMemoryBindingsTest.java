package org.receptionbot.ledger;

import org.receptionbot.testing.BindingsContract;
import org.receptionbot.testing.InMemoryBindings;

class InMemoryBindingsTest extends BindingsContract {

    @Override
    protected Bindings bindings() {
        return new InMemoryBindings();
    }
}
