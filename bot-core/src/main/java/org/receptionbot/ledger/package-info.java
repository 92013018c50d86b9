/**
 * The ledger: what has been recorded from the chats, with its history (who, when, from which
 * message), and the arithmetic that turns it into what people act on: the expected diners per
 * meal, movements, bus head counts and issues with their loop. Storage is behind the ports
 * {@link org.receptionbot.ledger.Ledger}, {@link org.receptionbot.ledger.IssueBook},
 * {@link org.receptionbot.ledger.Bindings}, {@link org.receptionbot.ledger.PendingQuestions} and
 * {@link org.receptionbot.ledger.HeldReports};
 * the core folds what they return.
 */
package org.receptionbot.ledger;
