/** The core's chat handler, wired to the store and the outbox. */
package org.receptionbot.app.conversation;
