package org.receptionbot.ledger;

import java.util.List;
import java.util.Optional;

/** The store of run-time bindings of liaisons to delegations. */
public interface Bindings {

    /** Stores a binding, replacing the account's previous one. */
    void bind(Binding binding);

    Optional<Binding> find(String platform, String userId);

    /** Every binding, by platform, then by user id. */
    List<Binding> all();
}
