/** In-memory fakes of the core's ports, shared with other modules' tests through the test-jar. */
package org.receptionbot.testing;
