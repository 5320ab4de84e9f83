/**
 * Calendar feeds: the page where a signed-in user makes and revokes their links
 * ({@code calendar/index.xhtml}) and the public feed itself, {@code GET /ical/{secret}.ics},
 * answered to whoever holds the secret.
 */
package org.pmorotations.web.calendar;
