package org.pmorotations.web.staff;

import org.pmorotations.domain.staff.LevelChange;
import org.pmorotations.service.staff.StaffProfile;

import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.ReturnStatus;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's career on one line of time, as the staff pages draw it: project roles, rotations
 * (done and planned), reserved returns and level changes, each placed by its dates between the
 * hire date and a little after the last thing planned. Also the current and the upcoming rotation
 * and the return placement that matters now. Built from a {@link StaffProfile} already read, so it
 * costs no query.
 */
public final class CareerTimeline implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What an entry is; each has its colour and its sentence. */
    public enum Kind { ROLE, ROTATION, PLANNED, RETURN, PROMOTION }

    /**
     * One thing on the line.
     *
     * @param roleKey  the bundle key naming the role (a career level or a PMO role)
     * @param end      the last day; null while it goes on (or for a level change, a single day)
     * @param status   the bundle key naming the rotation's or return placement's status; null for the others
     * @param lane     0 projects, 1 PMOs, 2 levels
     * @param left     where it starts, in percent of the line
     * @param width    how long it is, in percent of the line
     */
    public record Entry(Kind kind, String roleKey, String place, LocalDate start, LocalDate end, String status, int lane,
                        double left, double width) implements Serializable {

        public String getStyle() {
            return String.format(java.util.Locale.ROOT, "left: %.3f%%; width: %.3f%%;", left, width);
        }

        public String getCssClass() {
            return "timeline-item timeline-" + kind.name().toLowerCase(java.util.Locale.ROOT) + " lane-" + lane;
        }
    }

    /** A year boundary on the line. */
    public record Tick(int year, double left) implements Serializable {
        public String getStyle() {
            return String.format(java.util.Locale.ROOT, "left: %.3f%%;", left);
        }
    }

    private static final int RETURN_SHOWN_DAYS = 120;
    private static final double MIN_WIDTH = 0.8;

    private final List<Entry> entries;
    private final List<Tick> ticks;
    private final double todayLeft;
    private final Rotation current;
    private final Rotation upcoming;
    private final Rotation withReturn;

    private CareerTimeline(List<Entry> entries, List<Tick> ticks, double todayLeft, Rotation current, Rotation upcoming,
                           Rotation withReturn) {
        this.entries = entries;
        this.ticks = ticks;
        this.todayLeft = todayLeft;
        this.current = current;
        this.upcoming = upcoming;
        this.withReturn = withReturn;
    }

    public static CareerTimeline of(StaffProfile profile, LocalDate today) {
        List<Rotation> shown = profile.rotations().stream().filter(r -> r.getStatus() != RotationStatus.CANCELLED).toList();
        Rotation current = shown.stream().filter(r -> r.getStatus() == RotationStatus.ACTIVE).findFirst().orElse(null);
        Rotation upcoming = shown.stream().filter(r -> RotationStatus.PLANNED.contains(r.getStatus()))
                .min(Comparator.comparing(Rotation::startDate)).orElse(null);
        Rotation withReturn = java.util.stream.Stream.of(current, upcoming)
                .filter(r -> r != null && r.getReturnPlacement().isPresent()).findFirst()
                .orElseGet(() -> shown.stream()
                        .filter(r -> RotationStatus.STARTED.contains(r.getStatus()) && r.getReturnPlacement().isPresent())
                        .max(Comparator.comparing(Rotation::startDate)).orElse(null));

        LocalDate from = profile.staff().getHireDate();
        LocalDate to = today.plusMonths(6);
        for (ProjectRole role : profile.roles()) {
            from = min(from, role.getPeriod().start());
            to = max(to, role.getPeriod().end().orElse(to));
        }
        for (Rotation rotation : shown) {
            from = min(from, rotation.startDate());
            to = max(to, rotation.effectiveEnd().plusMonths(3));
            LocalDate returnStart = rotation.getReturnPlacement().map(ReturnPlacement::getStartDate).orElse(null);
            if (returnStart != null) {
                to = max(to, returnStart.plusDays(RETURN_SHOWN_DAYS + 30));
            }
        }
        Scale scale = new Scale(from, to);

        List<Entry> entries = new ArrayList<>();
        for (ProjectRole role : profile.roles()) {
            LocalDate end = role.getPeriod().end().orElse(null);
            entries.add(scale.entry(Kind.ROLE, "level." + role.getLevel(), role.getProject().getName(),
                    role.getPeriod().start(), end, null, 0));
        }
        for (Rotation rotation : shown) {
            Kind kind = RotationStatus.STARTED.contains(rotation.getStatus()) ? Kind.ROTATION : Kind.PLANNED;
            entries.add(scale.entry(kind, "directory.pmoRole." + rotation.getRole(), rotation.getPmo().getName(),
                    rotation.startDate(), rotation.effectiveEnd(), "rotation.status." + rotation.getStatus(), 1));
            Optional<ReturnPlacement> placement = rotation.getReturnPlacement();
            if (placement.isPresent() && placement.get().getStatus() == ReturnStatus.RESERVED) {
                ReturnPlacement reserved = placement.get();
                entries.add(scale.entry(Kind.RETURN, "level." + reserved.getLevel(), reserved.getProject().getName(),
                        reserved.getStartDate(), null, "rotation.return." + reserved.getStatus(), 0, RETURN_SHOWN_DAYS));
            }
        }
        for (LevelChange change : profile.levels()) {
            entries.add(scale.entry(Kind.PROMOTION, "level." + change.getLevel(), null,
                    change.getEffective(), change.getEffective(), null, 2));
        }
        entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::lane));

        List<Tick> ticks = new ArrayList<>();
        for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
            ticks.add(new Tick(year, scale.at(LocalDate.of(year, 1, 1))));
        }
        return new CareerTimeline(List.copyOf(entries), List.copyOf(ticks), scale.at(today), current, upcoming, withReturn);
    }

    /** Days to percent of the line. */
    private record Scale(LocalDate from, LocalDate to) {

        double at(LocalDate day) {
            double total = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return Math.max(0, Math.min(100, ChronoUnit.DAYS.between(from, day) * 100.0 / total));
        }

        Entry entry(Kind kind, String roleKey, String place, LocalDate start, LocalDate end, String status, int lane) {
            LocalDate drawnEnd = end == null ? to : end;
            return entry(kind, roleKey, place, start, end, status, lane, ChronoUnit.DAYS.between(start, drawnEnd));
        }

        Entry entry(Kind kind, String roleKey, String place, LocalDate start, LocalDate end, String status, int lane, long days) {
            double left = at(start);
            double width = Math.max(MIN_WIDTH, Math.min(100 - left, at(start.plusDays(days)) - left));
            return new Entry(kind, roleKey, place, start, end, status, lane, left, width);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public List<Tick> getTicks() {
        return ticks;
    }

    public String getTodayStyle() {
        return String.format(java.util.Locale.ROOT, "left: %.3f%%;", todayLeft);
    }

    public Rotation getCurrent() {
        return current;
    }

    public Rotation getUpcoming() {
        return upcoming;
    }

    /** The rotation whose return placement matters now: the current one's, else the upcoming one's, else the latest rotation's. */
    public Rotation getWithReturn() {
        return withReturn;
    }

    public ReturnPlacement getReturnPlacement() {
        return withReturn == null ? null : withReturn.getReturnPlacement().orElse(null);
    }
}
