/**
 * The Chinese message parser, organised Duckling-style: rule families that find mentions (numbers,
 * dates, clock times, meals, delegations, vehicles, train and flight numbers), cue words that give
 * the intent of a statement, and an assembly that turns each clause of a message into records of the
 * records contract ({@code shared/spec/records.md}), or into a question when a field is missing.
 *
 * <p>Entry point: {@link org.receptionbot.parse.MessageParser}.
 */
package org.receptionbot.parse;
