package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.service.rotation.SeatGaps;

import org.pmorotations.web.shared.Markup;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What one item of the board carries: a rotation's bar (its id, the version it was read at,
 * state, person, inclusive dates) or an empty-seat stretch in the background of a row, with the
 * text shown on it and its tooltip ({@code content}, {@code title}: written once when the board
 * is read, so that drawing a few thousand items renders one text each).
 */
public record BoardItem(Kind kind, long rotationId, long version, RotationStatus status, boolean overdue,
                        String name, LocalDate start, LocalDate end, int free, int seats,
                        String content, String title) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind { ROTATION, FREE_SEATS }

    static BoardItem of(Rotation rotation) {
        return new BoardItem(Kind.ROTATION, rotation.getId(), rotation.getVersion(), rotation.getStatus(), rotation.isOverdue(),
                rotation.getStaff().getFullName(), rotation.startDate(), rotation.effectiveEnd(), 0, 0, null, null);
    }

    static BoardItem free(SeatGaps.Gap gap) {
        return new BoardItem(Kind.FREE_SEATS, 0, 0, null, false, null, gap.period().start(),
                gap.period().end().orElseThrow(), gap.free(), gap.seats(), null, null);
    }

    /** This item with the text shown on it and its tooltip. */
    BoardItem described(String content, String title) {
        return new BoardItem(kind, rotationId, version, status, overdue, name, start, end, free, seats, content, title);
    }

    /** The text on the bar, as markup for the timeline (which reads it as HTML). */
    public String contentMarkup() {
        return Markup.text(content);
    }

    /** The tooltip's text, as markup for the timeline (which reads it as HTML). */
    public String titleMarkup() {
        return Markup.text(title);
    }

    public boolean isRotation() {
        return kind == Kind.ROTATION;
    }

    /** The state as the board's legend and filter name it: OVERDUE for an active rotation past its end. */
    public String getShownState() {
        return overdue ? "OVERDUE" : status == null ? null : status.name();
    }
}
