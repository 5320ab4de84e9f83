/**
 * Calendar feeds: making, listing and revoking the links ({@link org.pmorotations.service.calendar.CalendarFeedService},
 * each change in the audit log) and the feed itself as iCalendar text (ical4j), its lines folded
 * at 75 octets by {@code CalendarLines}.
 */
package org.pmorotations.service.calendar;
