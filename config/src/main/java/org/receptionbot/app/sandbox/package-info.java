/** The sandbox chat, wired when no chat platform is configured. */
package org.receptionbot.app.sandbox;
