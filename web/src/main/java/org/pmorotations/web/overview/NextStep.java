package org.pmorotations.web.overview;

import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a staff member's own next step is, as the Overview tells them: in a PMO now (with or
 * without a return reserved), a rotation about to start, one proposed and waiting for a decision,
 * back in a project after the last one, or no rotation yet. The first that applies wins, in that
 * order; cancelled rotations are never a step.
 *
 * @param kind          which of those it is
 * @param rotationId    the rotation it is about (null for {@link Kind#NONE})
 * @param pmo           its PMO's name
 * @param role          its seat
 * @param start         its first day
 * @param end           its last day (the actual one once ended)
 * @param days          for {@link Kind#STARTS} the days until the start; for the kinds in a PMO the days left
 * @param returnProject the project of the return placement, if any
 * @param returnStart   the first day back in that project
 */
public record NextStep(Kind kind, Long rotationId, String pmo, PmoRole role, LocalDate start, LocalDate end, long days,
                       String returnProject, LocalDate returnStart) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The situations the Overview has words for, each a key {@code next.<KIND>} of the bundle. */
    public enum Kind { IN_PMO_RETURN_RESERVED, IN_PMO_NO_RETURN, STARTS, PROPOSED, BACK, NONE }

    /** The step of someone with {@code rotations} (any order) on {@code today}. */
    public static NextStep of(List<Rotation> rotations, LocalDate today) {
        Optional<Rotation> current = rotations.stream()
                .filter(rotation -> RotationStatus.STARTED.contains(rotation.getStatus()))
                .filter(rotation -> !rotation.startDate().isAfter(today) && !rotation.effectiveEnd().isBefore(today))
                .findFirst();
        if (current.isPresent()) {
            Rotation rotation = current.get();
            return step(rotation.getReturnPlacement().isPresent() ? Kind.IN_PMO_RETURN_RESERVED : Kind.IN_PMO_NO_RETURN,
                    rotation, ChronoUnit.DAYS.between(today, rotation.effectiveEnd()));
        }
        Optional<Rotation> next = earliest(rotations, RotationStatus.APPROVED, today);
        if (next.isPresent()) {
            return step(Kind.STARTS, next.get(), ChronoUnit.DAYS.between(today, next.get().startDate()));
        }
        Optional<Rotation> proposed = earliest(rotations, RotationStatus.PROPOSED, today);
        if (proposed.isPresent()) {
            return step(Kind.PROPOSED, proposed.get(), 0);
        }
        Optional<Rotation> last = rotations.stream()
                .filter(rotation -> RotationStatus.ENDED.contains(rotation.getStatus()))
                .max(Comparator.comparing(Rotation::effectiveEnd));
        if (last.isPresent()) {
            return step(Kind.BACK, last.get(), 0);
        }
        return new NextStep(Kind.NONE, null, null, null, null, null, 0, null, null);
    }

    /** The earliest rotation in {@code status} that starts on {@code today} or later. */
    private static Optional<Rotation> earliest(List<Rotation> rotations, RotationStatus status, LocalDate today) {
        return rotations.stream().filter(rotation -> rotation.getStatus() == status)
                .filter(rotation -> !rotation.startDate().isBefore(today))
                .min(Comparator.comparing(Rotation::startDate));
    }

    private static NextStep step(Kind kind, Rotation rotation, long days) {
        Optional<ReturnPlacement> placement = rotation.getReturnPlacement();
        return new NextStep(kind, rotation.getId(), rotation.getPmo().getName(), rotation.getRole(), rotation.startDate(),
                rotation.effectiveEnd(), days, placement.map(back -> back.getProject().getName()).orElse(null),
                placement.map(ReturnPlacement::getStartDate).orElse(null));
    }

    /** Whether a back-in-a-project step names its project (a rotation curtailed before one was reserved does not). */
    public boolean isReturnKnown() {
        return returnProject != null;
    }

    /** The bundle key of the step's sentence: {@code next.<KIND>}, or {@code next.BACK.unknown} without a known return. */
    public String getTextKey() {
        return kind == Kind.BACK && !isReturnKnown() ? "next.BACK.unknown" : "next." + kind.name();
    }
}
