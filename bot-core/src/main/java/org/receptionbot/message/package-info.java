/**
 * What the parser ({@code parse/}) returns for one message: records it is sure of, a statement
 * that lacks one field (a {@link org.receptionbot.message.Gap}, so the bot can ask), or nothing to
 * record. The conversation reads these and never the parser's workings.
 */
package org.receptionbot.message;
