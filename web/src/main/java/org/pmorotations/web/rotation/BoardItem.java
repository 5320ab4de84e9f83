package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.service.rotation.SchedulingRules;
import org.pmorotations.service.rotation.SeatGaps;

import org.pmorotations.web.shared.Markup;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one item of the board carries: a rotation's bar (its id, the version it was read at,
 * state, flags, person, PMO seat, inclusive dates) or an empty-seat stretch in the background of a
 * row, with the text shown on it and its tooltip ({@code content}, {@code title}: written once when
 * the board is read, so that drawing a few thousand items renders one text each).
 *
 * @param flags   what a planner must see on the bar besides its state (empty for an empty seat)
 * @param seat    the row's words: the PMO and the role
 * @param plan    for an empty seat, the plan form's address query for that seat and its first day to plan; null for a bar
 * @param flagged the flags' words, in the order of {@link Flag}, as the bar shows them
 */
public record BoardItem(Kind kind, long rotationId, long version, RotationStatus status, Set<Flag> flags,
                        String name, String seat, String plan, LocalDate start, LocalDate end, int free, int seats,
                        String content, List<String> flagged, String title) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind { ROTATION, FREE_SEATS }

    /**
     * A mark on a bar. AT_RISK is RETURN_PLAN's warning ({@link SchedulingRules#atRisk}); NO_RETURN
     * a rotation that will need its return placement and has none yet, before it is at risk;
     * OVERDUE an active rotation past its planned end.
     */
    public enum Flag { OVERDUE, AT_RISK, NO_RETURN }

    static BoardItem of(Rotation rotation, String seat, Policy policy, LocalDate today) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (rotation.isOverdue()) {
            flags.add(Flag.OVERDUE);
        }
        if (SchedulingRules.atRisk(rotation, policy, today)) {
            flags.add(Flag.AT_RISK);
        } else if (RotationStatus.AWAITING_RETURN.contains(rotation.getStatus()) && rotation.getReturnPlacement().isEmpty()
                && !rotation.effectiveEnd().isBefore(today)) {
            flags.add(Flag.NO_RETURN);
        }
        return new BoardItem(Kind.ROTATION, rotation.getId(), rotation.getVersion(), rotation.getStatus(),
                Collections.unmodifiableSet(flags), rotation.getStaff().getFullName(), seat, null,
                rotation.startDate(), rotation.effectiveEnd(), 0, 0, null, List.of(), null);
    }

    static BoardItem free(SeatGaps.Gap gap, String seat, String plan) {
        return new BoardItem(Kind.FREE_SEATS, 0, 0, null, Set.of(), null, seat, plan, gap.period().start(),
                gap.period().end().orElseThrow(), gap.free(), gap.seats(), null, List.of(), null);
    }

    /** This item with the text shown on it, the words of its flags and its tooltip. */
    BoardItem described(String content, List<String> flagged, String title) {
        return new BoardItem(kind, rotationId, version, status, flags, name, seat, plan, start, end, free, seats,
                content, List.copyOf(flagged), title);
    }

    /**
     * The bar's markup for the timeline (which reads it as HTML): the text, then a badge per flag;
     * a bar carries its rotation's id for the board's keyboard script (which names the bar by its
     * tooltip, {@link #titleMarkup()}).
     */
    public String contentMarkup() {
        if (!isRotation()) {
            return "<span class=\"board-free-text\" data-plan=\"" + Markup.text(plan) + "\">" + Markup.text(content) + "</span>";
        }
        StringBuilder markup = new StringBuilder(96).append("<span class=\"board-bar-text\" data-rotation=\"").append(rotationId)
                .append("\">").append(Markup.text(content)).append("</span>");
        int index = 0;
        for (Flag flag : flags) {
            markup.append(" <span class=\"board-flag board-flag-").append(flag.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .append("\">").append(Markup.text(flagged.get(index++))).append("</span>");
        }
        return markup.toString();
    }

    /** The tooltip's text, as markup for the timeline (which reads it as HTML). */
    public String titleMarkup() {
        return Markup.text(title);
    }

    public boolean isRotation() {
        return kind == Kind.ROTATION;
    }

    public boolean isOverdue() {
        return flags.contains(Flag.OVERDUE);
    }

    /** The state as the board's legend and filter name it: OVERDUE for an active rotation past its end. */
    public String getShownState() {
        return isOverdue() ? "OVERDUE" : status == null ? null : status.name();
    }

    /** The flags' words joined, for the board's list ("" without flags). */
    public String getFlagWords() {
        return String.join(", ", flagged);
    }
}
