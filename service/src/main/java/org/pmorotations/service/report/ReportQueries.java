package org.pmorotations.service.report;

import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.service.shared.SqlStatementCount;
import org.pmorotations.service.shared.SqlTerms;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.service.rotation.SeatGaps;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the reports, on a plain JDBC {@link Connection} so that it is tested without the
 * server. Every figure is an aggregate computed by the database: a summary is a fixed number of
 * statements (about twenty) whatever the size of the history. Portable to H2 2.x and PostgreSQL 15.
 *
 * <p>Definitions, as of a day D:
 * <ul>
 *   <li><b>Holding a seat on a day</b>: an APPROVED, ACTIVE, COMPLETED or CURTAILED rotation
 *       (neither PROPOSED nor CANCELLED) that has started by that day and has not ended before it:
 *       its actual end if it has one, else its planned end; an ACTIVE rotation already past its
 *       planned end on D (overdue) holds its seat until it is completed, on D and after. Active
 *       rotations are those holding a seat on D.</li>
 *   <li><b>Seat fill</b>: seats held / seats of the PMOs open that day, on D and on the first day
 *       of each of the next four quarters; future days count the approved rotations.</li>
 *   <li><b>Pipeline</b>: starts in (D, D+90], ends (actual, else planned) in [D, D+90].</li>
 *   <li><b>Outcomes</b>: of the rotations ended on or before D (COMPLETED or CURTAILED), the
 *       share completed, curtailed, and extended at least once (an EXTENDED history event).</li>
 *   <li><b>Time to reintegrate</b>: of those whose return placement started on or before D,
 *       return start minus actual end in days: median and 90th percentile by
 *       {@code PERCENTILE_CONT} (interpolated, like a spreadsheet's PERCENTILE), and the share
 *       whose return was reserved ({@code return_placement.reserved_on}, the date of the
 *       reservation in force) 60 or more days before the actual end.</li>
 *   <li><b>Promotion within N months after returning</b> (N = 12, 24): of the ended rotations
 *       whose return started at least N months before D (so the whole window is observed), the
 *       share whose person returned at a higher level than the one they held on the day before
 *       the rotation started (DESIGN.md: that is a promotion), or whose level N months after the
 *       return start ranks higher than that level. Level on a day: the latest level change effective on or before it.
 *       <b>Never rotated</b>, the comparable window: the staff who never held a rotation by D and
 *       were hired at least N months before D, the share whose level on D ranks higher than
 *       their level N months before D, i.e. the same N-month window, ending on D.</li>
 *   <li><b>Retention N months after returning</b>: of the same returners, the share still
 *       active; never rotated: of the same comparison group, the share still active. The data
 *       keeps an active flag, not a leaving date, so "still active" is as of now.</li>
 *   <li><b>Participation</b>: of the active staff hired by D, per current career level, the
 *       share that has held an ACTIVE, COMPLETED or CURTAILED rotation started by D.</li>
 *   <li><b>At risk</b>: APPROVED, ACTIVE or CURTAILED rotations without a return placement
 *       whose end (actual, else planned) is in [D, D + at-risk days] (SchedulingRules.atRisk);
 *       <b>long stays</b>: rotations holding a seat on D that started more than 24 months before
 *       D; <b>overdue</b>: ACTIVE rotations whose planned end is before D.</li>
 * </ul>
 * Filters: the tier and the PMO restrict the rotations; the department restricts the people
 * (of the rotations and of the comparison groups). Seats belong to PMOs, so a department filter
 * counts only that department's people in the filled seats.
 */
public class ReportQueries {

    /** DESIGN.md: a return reserved this many days before the end counts as planned early. */
    public static final int RESERVED_EARLY_DAYS = 60;
    /** DESIGN.md: at risk is also "in a PMO past 24 months". */
    public static final int LONG_STAY_MONTHS = 24;
    public static final int PIPELINE_DAYS = 90;
    public static final int QUARTERS_SHOWN = 12;

    /** Fills its seat in the figures (a proposal reserves its seat but does not fill it). */
    private static final String HELD = SqlTerms.in("r.status", RotationStatus.FILLING_A_SEAT);
    private static final String STARTED = SqlTerms.in("r.status", RotationStatus.STARTED);
    private static final String ENDED = SqlTerms.in("r.status", RotationStatus.ENDED);
    private static final String RISKY = SqlTerms.in("r.status", RotationStatus.AWAITING_RETURN);
    /** Keeps its seat from anyone else (every rotation not cancelled): the bench's open seats. */
    private static final String RESERVED = SqlTerms.in("r.status", RotationStatus.RESERVING_A_SEAT);
    private static final String END = "COALESCE(r.actual_end, r.planned_end)";
    private static final String ROTATIONS = " FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id";
    private static final String COUNT = "SELECT COUNT(*)";

    /**
     * What a count of rotations reads: the rotations alone, joined to their PMO or person only when
     * {@code filter} asks about them. Every rotation has both (foreign keys), so the joins change
     * no count, but PostgreSQL does not leave out an inner join that nothing reads: with them, a
     * count scans every person.
     */
    private static String counted(ReportFilter filter) {
        return " FROM rotation r" + (filter.tier() != null || filter.pmoCode() != null ? " JOIN pmo p ON p.id = r.pmo_id" : "")
                + (filter.department() != null ? " JOIN staff s ON s.id = r.staff_id" : "");
    }

    private final Connection connection;

    public ReportQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * The condition "holding a seat on {@code day}", both arguments SQL expressions of a date: an
     * ACTIVE rotation already overdue on {@code asOf} holds its seat on every day after, until it
     * is completed; any other ends on its planned end.
     */
    private static String holds(String day, String asOf) {
        return holds(HELD, day, asOf);
    }

    /** {@link #holds(String, String)} for the rotations of {@code statuses}, an SQL condition on {@code r.status}. */
    private static String holds(String statuses, String day, String asOf) {
        return statuses + " AND r.start_date <= " + day + " AND (r.actual_end >= " + day
                + " OR (r.actual_end IS NULL AND (r.planned_end >= " + day + " OR (r.status = 'ACTIVE' AND r.planned_end < "
                + asOf + "))))";
    }


    /** The rank of the level of staff {@code s} on {@code day} (an SQL date expression), null before their first level. */
    private static String rankOn(String day) {
        return "(SELECT " + SqlTerms.levelRank("lc.career_level") + " FROM level_change lc WHERE lc.staff_id = s.id AND lc.effective <= "
                + day + " ORDER BY lc.effective DESC FETCH FIRST 1 ROWS ONLY)";
    }

    private static String plusMonths(String day, int months) {
        return "CAST(" + day + " + INTERVAL '" + months + "' MONTH AS DATE)";
    }

    public ReportSummary summary(LocalDate asOf, ReportFilter filter, int atRiskDays) throws SQLException {
        ReportFilter where = filter == null ? ReportFilter.NONE : filter;
        // The seat fill of every PMO, role and day is the costliest figure: read once, and the
        // tiers' totals and today's open seats added up from it rather than computed again.
        List<SeatFill> byPmo = seatFillByPmo(asOf, where);
        return new ReportSummary(asOf, where, atRiskDays,
                activeRotations(asOf, where),
                tierTotals(byPmo),
                byPmo,
                pipeline(asOf, where, openSeats(byPmo, asOf)),
                outcomes(asOf, where),
                reintegration(asOf, where),
                reintegrationDistribution(asOf, where),
                wayBack(asOf, where),
                promotion(asOf, where, 12),
                promotion(asOf, where, 24),
                retention(asOf, where, 12),
                retention(asOf, where, 24),
                participation(asOf, where),
                risks(asOf, where, atRiskDays),
                quarters(asOf, where));
    }

    /** The rotations holding a seat on {@code asOf}: "active rotations" on the dashboard, the Overview and in the exports. */
    public long activeRotations(LocalDate asOf, ReportFilter filter) throws SQLException {
        Sql sql = new Sql(COUNT + counted(filter) + " WHERE " + holds("?", "?"), asOf, asOf, asOf, asOf);
        return sql.rotations(filter).count();
    }

    /**
     * One row per open PMO, role and day: its seats and how many rotations hold one. The
     * rotations are joined to the PMO, role and day they hold and counted by grouping: one pass
     * over the rotations, where a count per PMO, role and day (about 2,400 of them at 20,000
     * staff) read them again for each.
     */
    private Sql fillRows(LocalDate asOf, List<LocalDate> days, ReportFilter filter) {
        Sql sql = new Sql("SELECT d.fill_day AS fill_day, p.tier AS tier, p.code AS code, ro.role AS role,"
                + " CASE ro.role WHEN 'PMO_ANALYST' THEN p.analyst_seats ELSE p.manager_seats END AS seats,"
                + " COUNT(CASE WHEN r.status <> 'PROPOSED' THEN r.id END) AS filled,"
                + " COUNT(CASE WHEN r.status = 'PROPOSED' THEN r.id END) AS proposed FROM (");
        for (int i = 0; i < days.size(); i++) {
            sql.append((i == 0 ? "" : " UNION ALL ") + "SELECT CAST(? AS DATE) AS fill_day", days.get(i));
        }
        sql.append(") d CROSS JOIN (SELECT 'PMO_ANALYST' AS role UNION ALL SELECT 'PMO_MANAGER' AS role) ro"
                + " JOIN pmo p ON p.opens <= d.fill_day AND (p.closes IS NULL OR p.closes >= d.fill_day)"
                + " LEFT JOIN rotation r ON r.pmo_id = p.id AND r.pmo_role = ro.role AND " + holds(RESERVED, "d.fill_day", "?"), asOf);
        if (filter.department() != null) {
            sql.append(" AND r.staff_id IN (SELECT s.id FROM staff s WHERE s.department = ?)", filter.department());
        }
        sql.append(" WHERE 1 = 1");
        if (filter.tier() != null) {
            sql.append(" AND p.tier = ?", filter.tier().name());
        }
        if (filter.pmoCode() != null) {
            sql.append(" AND p.code = ?", filter.pmoCode());
        }
        return sql.append(" GROUP BY d.fill_day, p.tier, p.code, ro.role, p.analyst_seats, p.manager_seats");
    }

    /**
     * The open seats of a row of {@link #fillRows}: its seats that no rotation holds, a proposal
     * included (as for the SEATS rule and the bench), never below 0 (an over-filled PMO does not
     * fill another's).
     */
    private static final String OPEN = "CASE WHEN f.seats > f.filled + f.proposed THEN f.seats - f.filled - f.proposed ELSE 0 END";

    public List<SeatFill> seatFillByTier(LocalDate asOf, ReportFilter filter) throws SQLException {
        Sql rows = fillRows(asOf, ReportSummary.fillDays(asOf), filter);
        Sql sql = new Sql("SELECT f.fill_day, f.tier, SUM(f.seats), SUM(f.filled), SUM(f.proposed),"
                + " SUM(" + OPEN + ") FROM (")
                .append(rows).append(") f GROUP BY f.fill_day, f.tier ORDER BY f.fill_day, f.tier");
        List<SeatFill> fills = new ArrayList<>();
        sql.each(result -> fills.add(new SeatFill(result.getDate(1).toLocalDate(), result.getString(2), null, null,
                result.getLong(3), result.getLong(4), result.getLong(5), result.getLong(6))));
        return fills;
    }

    public List<SeatFill> seatFillByPmo(LocalDate asOf, ReportFilter filter) throws SQLException {
        Sql sql = new Sql("SELECT f.fill_day, f.tier, f.code, f.role, f.seats, f.filled, f.proposed, " + OPEN + " FROM (")
                .append(fillRows(asOf, ReportSummary.fillDays(asOf), filter)).append(") f ORDER BY f.fill_day, f.code, f.role");
        List<SeatFill> fills = new ArrayList<>();
        sql.each(result -> fills.add(new SeatFill(result.getDate(1).toLocalDate(), result.getString(2), result.getString(3),
                result.getString(4), result.getLong(5), result.getLong(6), result.getLong(7), result.getLong(8))));
        return fills;
    }

    /** The rows of {@link #seatFillByTier}, added up from those of {@link #seatFillByPmo}: by day, then tier. */
    static List<SeatFill> tierTotals(List<SeatFill> byPmo) {
        Map<LocalDate, Map<String, long[]>> totals = new java.util.TreeMap<>();
        for (SeatFill row : byPmo) {
            long[] sum = totals.computeIfAbsent(row.day(), day -> new java.util.TreeMap<>())
                    .computeIfAbsent(row.tier(), tier -> new long[4]);
            sum[0] += row.seats();
            sum[1] += row.filled();
            sum[2] += row.proposed();
            sum[3] += row.open();
        }
        List<SeatFill> fills = new ArrayList<>();
        totals.forEach((day, tiers) -> tiers.forEach((tier, sum) -> fills.add(new SeatFill(day, tier, null, null, sum[0], sum[1], sum[2], sum[3]))));
        return fills;
    }

    private static long openSeats(List<SeatFill> byPmo, LocalDate day) {
        return byPmo.stream().filter(row -> row.day().equals(day)).mapToLong(SeatFill::open).sum();
    }

    public Pipeline pipeline(LocalDate asOf, ReportFilter filter) throws SQLException {
        long open = new Sql("SELECT COALESCE(SUM(CASE WHEN f.seats > f.filled THEN f.seats - f.filled ELSE 0 END), 0) FROM (")
                .append(fillRows(asOf, List.of(asOf), filter)).append(") f").count();
        return pipeline(asOf, filter, open);
    }

    private Pipeline pipeline(LocalDate asOf, ReportFilter filter, long open) throws SQLException {
        LocalDate horizon = asOf.plusDays(PIPELINE_DAYS);
        long starts = new Sql(COUNT + counted(filter) + " WHERE " + HELD + " AND r.start_date > ? AND r.start_date <= ?",
                asOf, horizon).rotations(filter).count();
        return new Pipeline(starts, endingWithin(asOf, PIPELINE_DAYS, filter), open);
    }

    /**
     * The rotations that fill a seat and end (on their actual last day, or their planned one)
     * from {@code asOf} to {@code days} later: the dashboard's "ending in the next 90 days" and the
     * Overview's "ending soon", one definition for both.
     */
    public long endingWithin(LocalDate asOf, int days, ReportFilter filter) throws SQLException {
        return new Sql(COUNT + counted(filter) + " WHERE " + HELD + " AND " + END + " >= ? AND " + END + " <= ?",
                asOf, asOf.plusDays(days)).rotations(filter).count();
    }

    public Outcomes outcomes(LocalDate asOf, ReportFilter filter) throws SQLException {
        Sql sql = new Sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.status = 'COMPLETED' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN r.status = 'CURTAILED' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM rotation_event e WHERE e.rotation_id = r.id"
                + " AND e.kind = 'EXTENDED') THEN 1 ELSE 0 END), 0)"
                + ROTATIONS + " WHERE " + ENDED + " AND r.actual_end <= ?", asOf).rotations(filter);
        long[] counts = sql.longs(4);
        return new Outcomes(counts[0], new Ratio(counts[1], counts[0]), new Ratio(counts[2], counts[0]), new Ratio(counts[3], counts[0]));
    }

    private static final String RETURNED = " JOIN return_placement rp ON rp.id = r.return_placement_id";
    private static final String DAYS_BACK = "CAST(rp.start_date - r.actual_end AS INTEGER)";

    public Reintegration reintegration(LocalDate asOf, ReportFilter filter) throws SQLException {
        Sql sql = new Sql("SELECT COUNT(*),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + DAYS_BACK + "),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + DAYS_BACK + "),"
                + " COALESCE(SUM(CASE WHEN CAST(r.actual_end - rp.reserved_on AS INTEGER) >= " + RESERVED_EARLY_DAYS
                + " THEN 1 ELSE 0 END), 0)"
                + ROTATIONS + RETURNED + " WHERE " + ENDED + " AND r.actual_end <= ? AND rp.start_date <= ?", asOf, asOf)
                .rotations(filter);
        Reintegration[] found = new Reintegration[1];
        sql.each(result -> {
            long returns = result.getLong(1);
            found[0] = new Reintegration(returns, nullableDouble(result, 2), nullableDouble(result, 3),
                    new Ratio(result.getLong(4), returns));
        });
        return found[0];
    }

    /** The buckets of the distribution chart, in days: 0 (same day or before), 1-7, 8-30, 31-90, 91 and more. */
    static final int[][] BUCKETS = {{Integer.MIN_VALUE, 0}, {1, 7}, {8, 30}, {31, 90}, {91, Integer.MAX_VALUE}};

    public List<ReintegrationBucket> reintegrationDistribution(LocalDate asOf, ReportFilter filter) throws SQLException {
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < BUCKETS.length - 1; i++) {
            bucket.append(" WHEN ").append(DAYS_BACK).append(" <= ").append(BUCKETS[i][1]).append(" THEN ").append(i);
        }
        bucket.append(" ELSE ").append(BUCKETS.length - 1).append(" END");
        Sql inner = new Sql("SELECT " + bucket + " AS bucket" + ROTATIONS + RETURNED
                + " WHERE " + ENDED + " AND r.actual_end <= ? AND rp.start_date <= ?", asOf, asOf).rotations(filter);
        Sql sql = new Sql("SELECT b.bucket, COUNT(*) FROM (").append(inner).append(") b GROUP BY b.bucket");
        long[] counts = new long[BUCKETS.length];
        sql.each(result -> counts[result.getInt(1)] = result.getLong(2));
        List<ReintegrationBucket> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            buckets.add(new ReintegrationBucket(i == 0 ? 0 : BUCKETS[i][0],
                    i == BUCKETS.length - 1 ? null : BUCKETS[i][1], counts[i]));
        }
        return buckets;
    }

    /** The person held a role on the return's project on the day before the rotation started. */
    private static final String HOME_PROJECT = "EXISTS (SELECT 1 FROM project_role pr WHERE pr.staff_id = r.staff_id"
            + " AND pr.project_id = rp.project_id AND pr.start_date <= r.start_date - 1"
            + " AND (pr.end_date IS NULL OR pr.end_date >= r.start_date - 1))";

    /**
     * The way back into project roles (see {@link WayBack}): three statements, whatever the number
     * of rotations and open roles.
     */
    public WayBack wayBack(LocalDate asOf, ReportFilter filter) throws SQLException {
        long[] returns = new Sql("SELECT COUNT(*),"
                + " COALESCE(SUM(CASE WHEN rp.open_role_id IS NOT NULL THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + HOME_PROJECT + " THEN 1 ELSE 0 END), 0)"
                + ROTATIONS + RETURNED + " WHERE " + ENDED + " AND r.actual_end <= ? AND rp.start_date <= ?", asOf, asOf)
                .rotations(filter).longs(3);
        String filledBy = "CASE WHEN fr.start_date <= ? THEN CAST(fr.start_date - o.start_date AS INTEGER) END";
        Sql backfills = new Sql("SELECT COUNT(*), COUNT(" + filledBy + "), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY "
                + filledBy + ") FROM open_role o JOIN rotation r ON r.id = o.backfill_for_id JOIN pmo p ON p.id = r.pmo_id"
                + " JOIN staff s ON s.id = r.staff_id LEFT JOIN project_role fr ON fr.id = o.filled_by_role_id"
                + " WHERE r.status <> 'CANCELLED' AND o.start_date <= ?", asOf, asOf, asOf).rotations(filter);
        long[] filled = new long[2];
        Double[] median = new Double[1];
        backfills.each(result -> {
            filled[0] = result.getLong(1);
            filled[1] = result.getLong(2);
            median[0] = nullableDouble(result, 3);
        });
        return new WayBack(new Ratio(returns[1], returns[0]), new Ratio(returns[2], returns[0]),
                new Ratio(filled[1], filled[0]), median[0], roomToReturn(asOf, filter));
    }

    /**
     * Per quarter of the next four and per level: the open roles wanted in the quarter (open now,
     * starting by its last day, running until its first or later: their own end, else their
     * project's), by the lowest level each asks for, in the department filtered on when there is
     * one; and the rotations filling a seat that end in the quarter (actual end, else planned), by
     * their person's level now.
     */
    private List<RoomToReturn> roomToReturn(LocalDate asOf, ReportFilter filter) throws SQLException {
        List<LocalDate> quarters = ReportSummary.fillDays(asOf).subList(1, 5);
        Sql days = new Sql("(");
        for (int i = 0; i < quarters.size(); i++) {
            days.append((i == 0 ? "" : " UNION ALL ") + "SELECT CAST(? AS DATE) AS q_start, CAST(? AS DATE) AS q_end",
                    quarters.get(i), quarters.get(i).plusMonths(3).minusDays(1));
        }
        days.append(") q");
        String until = "COALESCE(o.end_date, pj.end_date)";
        Sql sql = new Sql("SELECT x.q_start, x.career_level, SUM(x.roles), SUM(x.ending) FROM (")
                .append("SELECT q.q_start AS q_start, o.min_level AS career_level, 1 AS roles, 0 AS ending FROM ").append(days)
                .append(" JOIN open_role o ON o.start_date <= q.q_end JOIN project pj ON pj.id = o.project_id"
                        + " WHERE o.status = 'OPEN' AND (" + until + " IS NULL OR " + until + " >= q.q_start)");
        if (filter.department() != null) {
            sql.append(" AND o.department = ?", filter.department());
        }
        sql.append(" UNION ALL SELECT q.q_start AS q_start, s.career_level AS career_level, 0 AS roles, 1 AS ending FROM ").append(days)
                .append(" JOIN rotation r ON " + END + " >= q.q_start AND " + END + " <= q.q_end"
                        + " JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id WHERE " + HELD)
                .rotations(filter)
                .append(") x GROUP BY x.q_start, x.career_level");
        Map<LocalDate, Map<CareerLevel, long[]>> found = new HashMap<>();
        sql.each(result -> found.computeIfAbsent(result.getDate(1).toLocalDate(), day -> new EnumMap<>(CareerLevel.class))
                .put(CareerLevel.valueOf(result.getString(2)), new long[]{result.getLong(3), result.getLong(4)}));
        List<RoomToReturn> room = new ArrayList<>();
        for (LocalDate quarter : quarters) {
            for (CareerLevel level : CareerLevel.values()) {
                long[] counts = found.getOrDefault(quarter, Map.of()).getOrDefault(level, new long[2]);
                room.add(new RoomToReturn(quarter, level, counts[0], counts[1]));
            }
        }
        return room;
    }

    /** Ended rotations whose return started at least {@code months} before {@code asOf}. */
    private Sql returners(String select, LocalDate asOf, ReportFilter filter, int months) {
        return new Sql(select + ROTATIONS + RETURNED + " WHERE " + ENDED + " AND r.actual_end <= ? AND "
                + plusMonths("rp.start_date", months) + " <= ?", asOf, asOf).rotations(filter);
    }

    /** Staff who held no rotation started by {@code asOf}, hired at least {@code months} before it. */
    private Sql neverRotated(String select, LocalDate asOf, ReportFilter filter, int months) {
        Sql sql = new Sql(select + " FROM staff s WHERE s.hire_date <= ? AND NOT EXISTS (SELECT 1 FROM rotation r"
                + " WHERE r.staff_id = s.id AND " + STARTED + " AND r.start_date <= ?)", asOf.minusMonths(months), asOf);
        if (filter.department() != null) {
            sql.append(" AND s.department = ?", filter.department());
        }
        return sql;
    }

    public Comparison promotion(LocalDate asOf, ReportFilter filter, int months) throws SQLException {
        String before = rankOn("r.start_date - 1");
        long[] rotated = returners("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + SqlTerms.levelRank("rp.career_level") + " > " + before
                + " OR " + rankOn(plusMonths("rp.start_date", months)) + " > " + before
                + " THEN 1 ELSE 0 END), 0)", asOf, filter, months).longs(2);
        Sql never = new Sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + rankOn("CAST(? AS DATE)") + " > "
                + rankOn("CAST(? AS DATE)") + " THEN 1 ELSE 0 END), 0)", asOf, asOf.minusMonths(months));
        long[] others = never.append(neverRotated("", asOf, filter, months)).longs(2);
        return new Comparison(new Ratio(rotated[1], rotated[0]), new Ratio(others[1], others[0]));
    }

    public Comparison retention(LocalDate asOf, ReportFilter filter, int months) throws SQLException {
        String select = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN s.active = TRUE THEN 1 ELSE 0 END), 0)";
        long[] rotated = returners(select, asOf, filter, months).longs(2);
        long[] others = neverRotated(select, asOf, filter, months).longs(2);
        return new Comparison(new Ratio(rotated[1], rotated[0]), new Ratio(others[1], others[0]));
    }

    public List<Participation> participation(LocalDate asOf, ReportFilter filter) throws SQLException {
        Sql sql = new Sql("SELECT s.career_level, COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM rotation r"
                + " JOIN pmo p ON p.id = r.pmo_id WHERE r.staff_id = s.id AND " + STARTED + " AND r.start_date <= ?", asOf);
        if (filter.tier() != null) {
            sql.append(" AND p.tier = ?", filter.tier().name());
        }
        if (filter.pmoCode() != null) {
            sql.append(" AND p.code = ?", filter.pmoCode());
        }
        sql.append(") THEN 1 ELSE 0 END), 0) FROM staff s WHERE s.active = TRUE AND s.hire_date <= ?", asOf);
        if (filter.department() != null) {
            sql.append(" AND s.department = ?", filter.department());
        }
        sql.append(" GROUP BY s.career_level");
        Map<CareerLevel, Ratio> found = new EnumMap<>(CareerLevel.class);
        sql.each(result -> found.put(CareerLevel.valueOf(result.getString(1)), new Ratio(result.getLong(3), result.getLong(2))));
        List<Participation> levels = new ArrayList<>();
        for (CareerLevel level : CareerLevel.values()) {
            levels.add(new Participation(level, found.getOrDefault(level, Ratio.NONE)));
        }
        return levels;
    }

    /** At risk on a day: awaiting a return, none reserved, ending from that day to {@code atRiskDays} later (two parameters). */
    private static final String AT_RISK = RISKY + " AND r.return_placement_id IS NULL AND " + END + " >= ? AND " + END + " <= ?";

    /** Overdue on a day: still active after its planned end (one parameter). */
    private static final String OVERDUE = "r.status = 'ACTIVE' AND r.planned_end < ?";

    private Sql atRiskRotations(String selectFrom, LocalDate asOf, ReportFilter filter, int atRiskDays) {
        return new Sql(selectFrom + " WHERE " + AT_RISK, asOf, asOf.plusDays(atRiskDays)).rotations(filter);
    }

    private Sql longStays(String selectFrom, LocalDate asOf, ReportFilter filter) {
        return new Sql(selectFrom + " WHERE " + holds("?", "?") + " AND r.start_date < ?",
                asOf, asOf, asOf, asOf, asOf.minusMonths(LONG_STAY_MONTHS)).rotations(filter);
    }

    private Sql overdue(String selectFrom, LocalDate asOf, ReportFilter filter) {
        return new Sql(selectFrom + " WHERE " + OVERDUE, asOf).rotations(filter);
    }

    public RiskCounts risks(LocalDate asOf, ReportFilter filter, int atRiskDays) throws SQLException {
        String count = COUNT + counted(filter);
        return new RiskCounts(atRiskRotations(count, asOf, filter, atRiskDays).count(),
                longStays(count, asOf, filter).count(),
                overdue(count, asOf, filter).count());
    }

    private static final String ROW = "SELECT r.id, s.employee_number, s.full_name, p.code, r.pmo_role, r.start_date, "
            + END + ", r.status";

    /** The rotations behind the risk counts, at most {@code limit} of each kind. */
    public RiskLists riskLists(LocalDate asOf, ReportFilter filter, int atRiskDays, int limit) throws SQLException {
        ReportFilter where = filter == null ? ReportFilter.NONE : filter;
        String first = " FETCH FIRST " + Math.max(limit, 1) + " ROWS ONLY";
        return new RiskLists(asOf, atRiskDays, risks(asOf, where, atRiskDays),
                rows(atRiskRotations(ROW + ROTATIONS, asOf, where, atRiskDays).append(" ORDER BY " + END + ", r.id" + first)),
                rows(longStays(ROW + ROTATIONS, asOf, where).append(" ORDER BY r.start_date, r.id" + first)),
                rows(overdue(ROW + ROTATIONS, asOf, where).append(" ORDER BY r.planned_end, r.id" + first)));
    }

    /**
     * The work queue as of {@code asOf} (see {@link WorkQueue}): eight statements whatever the
     * number of rotations: a cut list and a count for each kind, the risks as {@link #riskLists} counts them.
     */
    public WorkQueue workQueue(LocalDate asOf, int atRiskDays, int limit) throws SQLException {
        String first = " FETCH FIRST " + Math.max(limit, 1) + " ROWS ONLY";
        String proposed = " WHERE r.status = 'PROPOSED'";
        List<WorkQueue.Proposal> proposals = new ArrayList<>();
        new Sql(ROW + ", r.version" + ROTATIONS + proposed + " ORDER BY r.start_date, r.id" + first).each(result -> proposals.add(
                new WorkQueue.Proposal(riskRow(result), result.getLong(9))));
        ReportFilter all = ReportFilter.NONE;
        String count = COUNT + counted(all);
        long proposalCount = new Sql(count + proposed).count();
        LocalDate startsBy = asOf.plusDays(WorkQueue.STARTS_WITHIN_DAYS);
        String starting = " WHERE r.status = 'APPROVED' AND r.start_date >= ? AND r.start_date <= ?";
        List<RiskRow> starts = rows(new Sql(ROW + ROTATIONS + starting + " ORDER BY r.start_date, r.id" + first, asOf, startsBy));
        long startCount = new Sql(count + starting, asOf, startsBy).count();
        return new WorkQueue(asOf, atRiskDays, proposals, proposalCount, starts, startCount,
                rows(atRiskRotations(ROW + ROTATIONS, asOf, all, atRiskDays).append(" ORDER BY " + END + ", r.id" + first)),
                atRiskRotations(count, asOf, all, atRiskDays).count(),
                rows(overdue(ROW + ROTATIONS, asOf, all).append(" ORDER BY r.planned_end, r.id" + first)),
                overdue(count, asOf, all).count());
    }

    private static RiskRow riskRow(ResultSet result) throws SQLException {
        return new RiskRow(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                result.getString(5), result.getDate(6).toLocalDate(), result.getDate(7).toLocalDate(), result.getString(8));
    }

    private static List<RiskRow> rows(Sql sql) throws SQLException {
        List<RiskRow> rows = new ArrayList<>();
        sql.each(result -> rows.add(riskRow(result)));
        return rows;
    }

    /** Started (ACTIVE, COMPLETED or CURTAILED) and completed rotations per quarter, the last twelve quarters to asOf. */
    public List<QuarterActivity> quarters(LocalDate asOf, ReportFilter filter) throws SQLException {
        LocalDate first = ReportSummary.fillDays(asOf).get(1).minusMonths(3L * QUARTERS_SHOWN);
        Sql started = new Sql("SELECT EXTRACT(YEAR FROM r.start_date) AS y, EXTRACT(QUARTER FROM r.start_date) AS q,"
                + " 1 AS started, 0 AS completed" + ROTATIONS + " WHERE " + STARTED + " AND r.start_date >= ? AND r.start_date <= ?",
                first, asOf).rotations(filter);
        Sql completed = new Sql("SELECT EXTRACT(YEAR FROM r.actual_end) AS y, EXTRACT(QUARTER FROM r.actual_end) AS q,"
                + " 0 AS started, 1 AS completed" + ROTATIONS + " WHERE r.status = 'COMPLETED' AND r.actual_end >= ? AND r.actual_end <= ?",
                first, asOf).rotations(filter);
        Sql sql = new Sql("SELECT a.y, a.q, SUM(a.started), SUM(a.completed) FROM (").append(started).append(" UNION ALL ")
                .append(completed).append(") a GROUP BY a.y, a.q");
        Map<Integer, long[]> counts = new java.util.HashMap<>();
        sql.each(result -> counts.put(result.getInt(1) * 10 + result.getInt(2), new long[]{result.getLong(3), result.getLong(4)}));
        List<QuarterActivity> quarters = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(asOf); day = day.plusMonths(3)) {
            int quarter = (day.getMonthValue() - 1) / 3 + 1;
            long[] found = counts.getOrDefault(day.getYear() * 10 + quarter, new long[2]);
            quarters.add(new QuarterActivity(day.getYear(), quarter, found[0], found[1]));
        }
        return quarters;
    }

    /** The last day of the bench's window: the rest of {@code asOf}'s quarter and the next four quarters. */
    public static LocalDate benchEnd(LocalDate asOf) {
        return ReportSummary.fillDays(asOf).get(4).plusMonths(3).minusDays(1);
    }

    /**
     * The bench: every open seat from {@code asOf} to {@link #benchEnd} and, for each, how many
     * staff could take it, by the career level they hold on its first day. Four statements
     * whatever the number of staff and seats: the PMOs, the rotations holding their seats in
     * the window, one aggregate over the level history counting the people who pass the rules of the
     * person alone (per level, for each first day of a seat), and one aggregate, through the
     * rotations, counting those of them whose own rotations rule them out of each seat; the bench is
     * the difference. So no statement runs per seat or per person.
     *
     * <p><b>Open seats</b> are the gaps of the board ({@link SeatGaps}) that can hold a rotation of
     * the policy's minimum length ({@link SeatGaps#bookable}): the stretches of days on which fewer
     * rotations hold a seat of the PMO in that role than it has seats, while the PMO is open, long
     * enough for a rotation of {@code minMonths} starting on their first day. A gap of a month or two
     * between two rotations is empty on the board but no seat anyone could be scheduled into, so it
     * is not on the bench. An open seat is the one of {@link SeatFill}, the same for the dashboard's
     * figures: as for the SEATS rule, every rotation that is not cancelled holds its seat from its
     * start to its actual (else planned) end, a PROPOSED one included (a seat somebody has been
     * proposed for is not free to schedule), and an ACTIVE one already overdue holds it until it is
     * completed. So the seats the dashboard counts open on {@code asOf} are the bench's rows from
     * {@code asOf}, but for those too short for a rotation of the minimum length.
     *
     * <p><b>Eligible</b>: the person meets every rule of DESIGN.md that depends on the person for a
     * rotation of the minimum length from the seat's first day (the one the bench's link proposes),
     * with the policy's thresholds:
     * <ul>
     *   <li>ACTIVE_STAFF: the person is active;</li>
     *   <li>TENURE: hired {@code tenureMonths} or more before the period starts;</li>
     *   <li>ELIGIBILITY: the level held on the first day (the latest level change effective by
     *       then) is at least the analyst's or manager's minimum, and at least the enterprise
     *       minimum in an ENTERPRISE PMO;</li>
     *   <li>OVERLAP and COOL_OFF: none of the person's other rotations (cancelled aside) overlaps the
     *       period or comes within {@code coolOffMonths} of it, before or after.</li>
     * </ul>
     * The rules of the seat itself hold by construction or do not apply: SEATS and PMO_OPEN (it is
     * an open seat of an open PMO), START_DATE (the period starts on {@code asOf} or later) and
     * DURATION (the length is chosen when scheduling, within the period or beyond it). So the
     * counts are those {@link org.pmorotations.service.rotation.Candidates} would list for a rotation
     * starting on the seat's first day, without ranking them.
     *
     * <p>Filters: tier and PMO restrict the seats, the department the people counted.
     */
    public Bench bench(LocalDate asOf, ReportFilter filter, Policy policy) throws SQLException {
        ReportFilter where = filter == null ? ReportFilter.NONE : filter;
        LocalDate last = benchEnd(asOf);
        Period window = Period.of(asOf, last);

        record Seat(long id, String code, String name, String tier, int analysts, int managers, Period open) {
        }
        Sql pmos = new Sql("SELECT p.id, p.code, p.name, p.tier, p.analyst_seats, p.manager_seats, p.opens, p.closes"
                + " FROM pmo p WHERE p.opens <= ? AND (p.closes IS NULL OR p.closes >= ?)", last, asOf);
        pmoFilter(pmos, where).append(" ORDER BY p.tier, p.code");
        Map<Long, Seat> seats = new LinkedHashMap<>();
        pmos.each(result -> {
            Date closes = result.getDate(8);
            seats.put(result.getLong(1), new Seat(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                    result.getInt(5), result.getInt(6), closes == null ? Period.from(result.getDate(7).toLocalDate())
                    : Period.of(result.getDate(7).toLocalDate(), closes.toLocalDate())));
        });
        if (seats.isEmpty()) {
            return new Bench(asOf, where, asOf, last, policy.minMonths(), List.of());
        }

        // Seats are looked at the policy's minimum length past the window, so that a gap near its end
        // is judged by whether a rotation of that length fits, not cut short by the window.
        LocalDate lookedAt = last.plusMonths(policy.minMonths());
        // As in the figures, an ACTIVE rotation already overdue keeps its seat until it is completed.
        Sql held = new Sql("SELECT r.pmo_id, r.pmo_role, r.start_date, CASE WHEN " + OVERDUE + " AND r.actual_end IS NULL THEN ? ELSE "
                + END + " END FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE " + RESERVED + " AND r.start_date <= ? AND (r.actual_end >= ?"
                + " OR (r.actual_end IS NULL AND (r.planned_end >= ? OR " + OVERDUE + ")))", asOf, lookedAt, lookedAt, asOf, asOf, asOf);
        pmoFilter(held, where);
        Map<String, List<Period>> holders = new HashMap<>();
        held.each(result -> holders.computeIfAbsent(result.getLong(1) + "-" + result.getString(2), key -> new ArrayList<>())
                .add(Period.of(result.getDate(3).toLocalDate(), result.getDate(4).toLocalDate())));

        record Open(Seat seat, PmoRole role, SeatGaps.Gap gap, CareerLevel needed) {
        }
        List<Open> open = new ArrayList<>();
        for (Seat seat : seats.values()) {
            for (PmoRole role : PmoRole.values()) {
                int count = role == PmoRole.PMO_ANALYST ? seat.analysts() : seat.managers();
                CareerLevel needed = role == PmoRole.PMO_MANAGER ? policy.managerMinLevel() : policy.analystMinLevel();
                if (PmoTier.ENTERPRISE.name().equals(seat.tier()) && policy.enterpriseMinLevel().isAbove(needed)) {
                    needed = policy.enterpriseMinLevel();
                }
                List<SeatGaps.Gap> gaps = SeatGaps.of(count, seat.open(), Period.of(asOf, lookedAt),
                        holders.getOrDefault(seat.id() + "-" + role.name(), List.of()));
                for (SeatGaps.Gap gap : SeatGaps.bookable(gaps, policy.minMonths(), window)) {
                    open.add(new Open(seat, role, gap, needed));
                }
            }
        }
        open.sort(Comparator.comparing((Open o) -> o.seat().tier()).thenComparing(o -> o.seat().code())
                .thenComparing(Open::role).thenComparing(o -> o.gap().period().start()));
        if (open.isEmpty()) {
            return new Bench(asOf, where, asOf, last, policy.minMonths(), List.of());
        }

        // The people who pass ACTIVE_STAFF, TENURE and the department filter, by their level on each
        // first day of a seat: one pass over the level history, a column per distinct first day.
        List<LocalDate> days = open.stream().map(o -> o.gap().period().start()).distinct().sorted().toList();
        Map<LocalDate, Integer> dayIndex = new HashMap<>();
        Sql pool = new Sql("SELECT lv.career_level");
        for (int i = 0; i < days.size(); i++) {
            dayIndex.put(days.get(i), i);
            pool.append(", SUM(CASE WHEN lv.effective <= ? AND (lv.until IS NULL OR lv.until > ?) AND "
                    + plusMonths("s.hire_date", policy.tenureMonths()) + " <= ? THEN 1 ELSE 0 END)", days.get(i), days.get(i), days.get(i));
        }
        pool.append(" FROM " + LEVEL_PERIODS + " lv JOIN staff s ON s.id = lv.staff_id AND s.active = TRUE");
        if (where.department() != null) {
            pool.append(" AND s.department = ?", where.department());
        }
        pool.append(" GROUP BY lv.career_level");
        long[][] byDay = new long[days.size()][CareerLevel.values().length];
        pool.each(result -> {
            int level = CareerLevel.valueOf(result.getString(1)).ordinal();
            for (int i = 0; i < days.size(); i++) {
                byDay[i][level] = result.getLong(i + 2);
            }
        });

        // Of those, the people whose own rotations break OVERLAP or COOL_OFF for a seat: only people who
        // have a rotation near the seat's period, found through the rotations.
        Sql gaps = new Sql("");
        for (int i = 0; i < open.size(); i++) {
            LocalDate start = open.get(i).gap().period().start();
            gaps.append((i == 0 ? "" : " UNION ALL ") + "SELECT CAST(? AS INTEGER) AS gap_no, CAST(? AS DATE) AS gap_start,"
                    + " CAST(? AS DATE) AS gap_end", i, start, start.plusMonths(policy.minMonths()).minusDays(1));
        }
        Sql blocked = new Sql("SELECT g.gap_no, lv.career_level, COUNT(DISTINCT s.id) FROM (").append(gaps).append(") g"
                + " JOIN rotation o ON " + SqlTerms.in("o.status", RotationStatus.RESERVING_A_SEAT) + " AND ("
                + "(o.start_date < g.gap_start AND g.gap_start <= " + plusMonths("COALESCE(o.actual_end, o.planned_end)",
                policy.coolOffMonths()) + ")"
                + " OR (o.start_date >= g.gap_start AND o.start_date <= " + plusMonths("g.gap_end", policy.coolOffMonths()) + "))")
                .append(eligiblePeople("s.id = o.staff_id AND ", policy, where))
                .append(" GROUP BY g.gap_no, lv.career_level");
        long[][] counts = new long[open.size()][CareerLevel.values().length];
        blocked.each(result -> counts[result.getInt(1)][CareerLevel.valueOf(result.getString(2)).ordinal()] = -result.getLong(3));
        for (int i = 0; i < open.size(); i++) {
            long[] pooled = byDay[dayIndex.get(open.get(i).gap().period().start())];
            for (CareerLevel level : CareerLevel.values()) {
                // ELIGIBILITY: the levels below the seat's minimum count nobody
                counts[i][level.ordinal()] = level.isAtLeast(open.get(i).needed()) ? pooled[level.ordinal()] + counts[i][level.ordinal()] : 0;
            }
        }

        List<BenchRow> rows = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Open seat = open.get(i);
            List<Long> byLevel = new ArrayList<>();
            long total = 0;
            for (long count : counts[i]) {
                byLevel.add(count);
                total += count;
            }
            rows.add(new BenchRow(seat.seat().code(), seat.seat().name(), seat.seat().tier(), seat.role().name(),
                    seat.gap().period().start(), seat.gap().period().end().orElseThrow(), seat.gap().free(), seat.gap().seats(),
                    byLevel, total));
        }
        return new Bench(asOf, where, asOf, last, policy.minMonths(), rows);
    }

    /** Each level a person held, from its effective day to the day before the next change (until null: still held). */
    private static final String LEVEL_PERIODS = "(SELECT lc.staff_id, lc.career_level, lc.effective,"
            + " LEAD(lc.effective) OVER (PARTITION BY lc.staff_id ORDER BY lc.effective) AS until FROM level_change lc)";

    /**
     * Joined to a derived table {@code g} with a column {@code gap_start}: the staff {@code s} who are
     * active, hired long enough before it (TENURE), of the department filtered on, with the level
     * they hold on that day as {@code lv}; {@code person} a further condition on {@code s}, ending in AND.
     */
    private Sql eligiblePeople(String person, Policy policy, ReportFilter filter) {
        Sql sql = new Sql(" JOIN staff s ON " + person + "s.active = TRUE AND " + plusMonths("s.hire_date", policy.tenureMonths())
                + " <= g.gap_start");
        if (filter.department() != null) {
            sql.append(" AND s.department = ?", filter.department());
        }
        return sql.append(" JOIN level_change lv ON lv.staff_id = s.id AND lv.effective <= g.gap_start"
                + " AND NOT EXISTS (SELECT 1 FROM level_change later WHERE later.staff_id = s.id"
                + " AND later.effective > lv.effective AND later.effective <= g.gap_start)");
    }

    private static Sql pmoFilter(Sql sql, ReportFilter filter) {
        if (filter.tier() != null) {
            sql.append(" AND p.tier = ?", filter.tier().name());
        }
        if (filter.pmoCode() != null) {
            sql.append(" AND p.code = ?", filter.pmoCode());
        }
        return sql;
    }

    private static final String LIST_FROM = ROTATIONS + " LEFT JOIN return_placement rp ON rp.id = r.return_placement_id WHERE 1 = 1";

    /**
     * The rotations behind a figure, one page, sorted by the database: two statements (the count
     * and the page) whatever the number of rows shown. Each filter is the condition its figure
     * counts with, so a list opened from a tile has as many rotations as the tile says.
     */
    public RotationListPage rotationList(RotationListQuery query, int atRiskDays, LocalDate today) throws SQLException {
        return new RotationListPage(rotationRows(query, atRiskDays, today), rotationCount(query, atRiskDays, today));
    }

    /** The rows of one page of {@link #rotationList}, without the count; the list's day is {@code today} unless the query names one. */
    public List<RotationListRow> rotationRows(RotationListQuery query, int atRiskDays, LocalDate today) throws SQLException {
        LocalDate day = listDay(query, today);
        String days = "CASE WHEN " + ENDED + " AND rp.id IS NOT NULL THEN " + DAYS_BACK + " END";
        Sql rows = new Sql("SELECT r.id, s.employee_number, s.full_name, s.department, p.code, p.tier, r.pmo_role, r.start_date, "
                + END + ", r.status, rp.start_date, " + days + ","
                + " CASE WHEN " + AT_RISK + " THEN 1 ELSE 0 END, CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END" + LIST_FROM,
                day, day.plusDays(atRiskDays), day);
        listConditions(rows, query, day, atRiskDays);
        String direction = query.descending() ? " DESC" : "";
        String order = switch (query.sort()) {
            case END -> END;
            case PERSON -> "s.full_name";
            case PMO -> "p.code";
            case TIER -> "p.tier";
            case ROLE -> "r.pmo_role";
            case STATUS -> "r.status";
            case DAYS_TO_REINTEGRATE -> days;
            case START -> "r.start_date";
        };
        rows.append(" ORDER BY " + order + direction + (query.sort() == RotationListQuery.Sort.DAYS_TO_REINTEGRATE
                ? (query.descending() ? " NULLS LAST" : " NULLS FIRST") : "")
                + ", r.start_date" + direction + ", r.id" + direction + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", query.first(), query.size());
        List<RotationListRow> found = new ArrayList<>();
        rows.each(result -> {
            int back = result.getInt(12);
            Integer daysBack = result.wasNull() ? null : back;
            Date returnStart = result.getDate(11);
            found.add(new RotationListRow(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                    result.getString(5), result.getString(6), result.getString(7), result.getDate(8).toLocalDate(),
                    result.getDate(9).toLocalDate(), result.getString(10), returnStart == null ? null : returnStart.toLocalDate(),
                    daysBack, result.getInt(13) == 1, result.getInt(14) == 1));
        });
        return found;
    }

    /** The day a list's flags are read on: the query's, or {@code today}. */
    private static LocalDate listDay(RotationListQuery query, LocalDate today) {
        return query.asOf() == null ? today : query.asOf();
    }

    /** How many rotations {@link #rotationList} lists in all for {@code query}, on {@code today} unless the query names a day. */
    public long rotationCount(RotationListQuery query, int atRiskDays, LocalDate today) throws SQLException {
        LocalDate day = listDay(query, today);
        return listConditions(new Sql("SELECT COUNT(*)" + LIST_FROM), query, day, atRiskDays).count();
    }

    private static Sql listConditions(Sql sql, RotationListQuery query, LocalDate day, int atRiskDays) {
        sql.rotations(query.filter());
        if (query.status() != null) {
            sql.append(" AND r.status = ?", query.status().name());
        }
        if (query.person() != null) {
            String pattern = SqlTerms.containing(query.person());
            sql.append(" AND (LOWER(s.full_name) LIKE ?" + SqlTerms.LIKE_ESCAPE + " OR LOWER(s.employee_number) LIKE ?"
                    + SqlTerms.LIKE_ESCAPE + ")", pattern, pattern);
        }
        if (query.flag() == RotationListQuery.Flag.AT_RISK) {
            sql.append(" AND " + AT_RISK, day, day.plusDays(atRiskDays));
        } else if (query.flag() == RotationListQuery.Flag.OVERDUE) {
            sql.append(" AND " + OVERDUE, day);
        }
        if (query.activeOn() != null) {
            sql.append(" AND " + holds("?", "?"), query.activeOn(), query.activeOn(), query.activeOn(), query.activeOn());
        }
        if (query.startedFrom() != null || query.startedTo() != null) {
            sql.append(" AND " + STARTED);
        }
        if (query.startedFrom() != null) {
            sql.append(" AND r.start_date >= ?", query.startedFrom());
        }
        if (query.startedTo() != null) {
            sql.append(" AND r.start_date <= ?", query.startedTo());
        }
        if (query.completedFrom() != null || query.completedTo() != null) {
            sql.append(" AND r.status = 'COMPLETED'");
        }
        if (query.completedFrom() != null) {
            sql.append(" AND r.actual_end >= ?", query.completedFrom());
        }
        if (query.completedTo() != null) {
            sql.append(" AND r.actual_end <= ?", query.completedTo());
        }
        if (query.returnedFrom() != null || query.returnedTo() != null) {
            sql.append(" AND " + ENDED + " AND rp.id IS NOT NULL");
        }
        if (query.returnedFrom() != null) {
            sql.append(" AND rp.start_date >= ?", query.returnedFrom());
        }
        if (query.returnedTo() != null) {
            sql.append(" AND r.actual_end <= ? AND " + (query.returnMonths() == 0 ? "rp.start_date"
                    : plusMonths("rp.start_date", query.returnMonths())) + " <= ?", query.returnedTo(), query.returnedTo());
        }
        return sql;
    }

    /** The PMOs' codes and the staff's departments, for the filters of the pages. */
    public List<String> pmoCodes() throws SQLException {
        return strings(new Sql("SELECT code FROM pmo ORDER BY code"));
    }

    public List<String> departments() throws SQLException {
        return strings(new Sql("SELECT DISTINCT department FROM staff ORDER BY department"));
    }

    private static List<String> strings(Sql sql) throws SQLException {
        List<String> values = new ArrayList<>();
        sql.each(result -> values.add(result.getString(1)));
        return values;
    }

    private static Double nullableDouble(ResultSet result, int column) throws SQLException {
        double value = result.getDouble(column);
        return result.wasNull() ? null : value;
    }

    private interface RowReader {
        void read(ResultSet result) throws SQLException;
    }

    /** SQL text and its positional parameters, appended together so that they never get out of step. */
    private final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql(String text, Object... parameters) {
            append(text, parameters);
        }

        Sql append(String more, Object... values) {
            text.append(more);
            parameters.addAll(List.of(values));
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            parameters.addAll(other.parameters);
            return this;
        }

        /** The filters on rotations r, PMOs p and staff s. */
        Sql rotations(ReportFilter filter) {
            if (filter.tier() != null) {
                append(" AND p.tier = ?", filter.tier().name());
            }
            if (filter.pmoCode() != null) {
                append(" AND p.code = ?", filter.pmoCode());
            }
            if (filter.department() != null) {
                append(" AND s.department = ?", filter.department());
            }
            return this;
        }

        void each(RowReader reader) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
                SqlStatementCount.sentByJdbc();
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        reader.read(result);
                    }
                }
            }
        }

        long[] longs(int columns) throws SQLException {
            long[] values = new long[columns];
            each(result -> {
                for (int i = 0; i < columns; i++) {
                    values[i] = result.getLong(i + 1);
                }
            });
            return values;
        }

        long count() throws SQLException {
            return longs(1)[0];
        }
    }
}
