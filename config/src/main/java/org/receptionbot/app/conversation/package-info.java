/** The core's chat handler and the use cases under it, each wired by hand to the stores and the outbox it uses. */
package org.receptionbot.app.conversation;
