package org.pmorotations.service.report;

import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;

/**
 * One quarter and one level of {@link WayBack#roomToReturn()}.
 *
 * @param quarter         the quarter's first day
 * @param level           the lowest level an open role asks for; a person's level now
 * @param openRoles       open roles wanted in the quarter at that level
 * @param rotationsEnding rotations filling a seat that end in the quarter, of people at that level
 */
public record RoomToReturn(LocalDate quarter, CareerLevel level, long openRoles, long rotationsEnding) {

    /** Open roles left when everyone ending takes one: negative when there are fewer roles than people. */
    public long room() {
        return openRoles - rotationsEnding;
    }
}
