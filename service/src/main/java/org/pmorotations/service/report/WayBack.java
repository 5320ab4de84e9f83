package org.pmorotations.service.report;

import java.util.List;

/**
 * The way back into project roles as of a day D, counted by the database. The days from a
 * rotation's end to the return's start are {@link Reintegration}'s.
 *
 * @param intoOpenRole    of the returns Reintegration counts (rotation ended by D, return started
 *                        by D), the share reserved into an open role, one of the person's matches
 * @param intoHomeProject of the same returns, the share onto a project the person held a role on
 *                        the day before the rotation started: their home project
 * @param backfillsFilled of the backfills of rotations not cancelled that start on or before D,
 *                        the share filled by a project role started by D
 * @param medianDaysToFill of those filled, the median of the days from the backfill's start to the
 *                        start of the role that filled it (PERCENTILE_CONT 0.5); null when none is
 * @param roomToReturn    per quarter of the next four and per career level, the open roles wanted
 *                        then against the rotations ending then: will there be room to come back?
 */
public record WayBack(Ratio intoOpenRole, Ratio intoHomeProject, Ratio backfillsFilled, Double medianDaysToFill,
                      List<RoomToReturn> roomToReturn) {

    public WayBack {
        roomToReturn = List.copyOf(roomToReturn);
    }
}
