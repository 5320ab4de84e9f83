package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Evaluation;
import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.ObjectiveRating;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationAction;
import org.pmorotations.domain.rotation.RotationCommand;
import org.pmorotations.domain.rotation.Rule;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.service.rotation.ReturnMatches;
import org.pmorotations.service.rotation.RotationService;

import java.time.Clock;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.pmorotations.domain.project.Project;
import org.pmorotations.service.project.ProjectService;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;
import org.pmorotations.domain.staff.CareerLevel;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backs {@code rotations/view.xhtml?id=}: everything about one rotation, and the lifecycle
 * actions its state allows, each asking what it needs in a dialog.
 *
 * <p>Reading is the service's decision: a STAFF-only user gets 403 for anyone else's rotation,
 * an unknown id 404. The actions are shown to administrators and PMO managers only, and the
 * service checks the role again. A change succeeds with a fresh page (the rotation read again and
 * a message); a refusal keeps the dialog open with each reason next to the field it concerns
 * (rule codes for the scheduling rules). Every change is made on the version the page showed
 * (the service compares it under its row locks): if the rotation changed since, nothing is done
 * and the page shows it as it is now.
 */
@Named("rotationView")
@ViewScoped
public class ViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The dialog open on the page; none when null. */
    public enum Dialog { APPROVE, MOVE, CANCEL, EXTEND, CURTAIL, RETURN, CONFIRM_RETURN, COMPLETE }

    /** The dialog field a refusal's field or rule concerns; anything else: above the dialog's fields. */
    private static final Map<String, String> INPUTS = Map.of(
            "reason", "reason", "months", "months", "end", "months", "endDate", "endDate", Rule.DURATION.name(), "months",
            "projectCode", "project", "level", "level", "start", "returnStart", "evaluations", "evaluations");

    /** The note form's one field. */
    private static final Map<String, String> NOTE_INPUTS = Map.of("text", "note", "reason", "note");

    /** The move dialog's fields: a new start and a length in months, whose end the rules read. */
    private static final Map<String, String> MOVE_INPUTS = Map.of(
            "start", "start", "months", "months", "end", "months", Rule.DURATION.name(), "months");

    @Inject
    RotationService rotations;

    @Inject
    Clock clock;

    @Inject
    ProjectService projects;

    @Inject
    ReturnMatches returnMatches;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    /** A project a person may return to. */
    public record ProjectOption(String code, String label) implements Serializable {
    }

    /** The rating and note of one objective in the completion dialog. */
    public static class EvaluationRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Objective objective;
        private ObjectiveRating rating;
        private String note;

        EvaluationRow(Objective objective) {
            this.objective = objective;
        }

        public Objective getObjective() {
            return objective;
        }

        public ObjectiveRating getRating() {
            return rating;
        }

        public void setRating(ObjectiveRating rating) {
            this.rating = rating;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    private Long id;
    /** The version shown: a change is made only on it. */
    private long version;
    /** Read again after every change; not kept in the session. */
    private transient Rotation rotation;

    private Dialog dialog;
    private final List<Problem> problems = new ArrayList<>();
    private String reason;
    private Integer months;
    private LocalDate endDate;
    private String projectCode;
    private CareerLevel level;
    private LocalDate returnStart;
    private LocalDate start;
    private List<ProjectOption> projectOptions = List.of();
    private List<EvaluationRow> evaluations = List.of();
    /** The note being written below the history. */
    private String note;
    /** The ways back, read once per view when shown. */
    private List<ReturnMatch> matches;

    /** Loads the rotation; refused (403) or unknown (404) never shows data. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Optional<Rotation> found = id == null ? Optional.empty() : rotations.find(id);
            if (found.isEmpty()) {
                faces.getExternalContext().responseSendError(404, null);
                faces.responseComplete();
                return;
            }
            rotation = found.get();
            version = rotation.getVersion();
        } catch (EJBAccessException refused) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    public Rotation getRotation() {
        if (rotation == null && id != null) {
            rotation = rotations.find(id).orElse(null);
        }
        return rotation;
    }

    // ------------------------------------------------------------------ what may be done

    public boolean isMayChange() {
        return currentUser.isAdmin() || currentUser.isPmoManager();
    }

    /** Whether the rotation shown allows {@code action} now: the rotation answers it ({@link Rotation#allows}). */
    private boolean allows(RotationAction action) {
        return getRotation() != null && getRotation().allows(action);
    }

    public boolean isApprovable() {
        return allows(RotationAction.APPROVE);
    }

    /** A planned rotation moves to another start or length (the board's drag does the same). */
    public boolean isMovable() {
        return allows(RotationAction.RESCHEDULE);
    }

    public boolean isCancellable() {
        return allows(RotationAction.CANCEL);
    }

    public boolean isExtendable() {
        return allows(RotationAction.EXTEND);
    }

    public boolean isCurtailable() {
        return allows(RotationAction.CURTAIL);
    }

    public boolean isReturnReservable() {
        return allows(RotationAction.RESERVE_RETURN);
    }

    /**
     * The ways back into a project role ({@link ReturnMatch}), shown to those who read every
     * rotation while a return can still be reserved: the best {@value #MATCHES_SHOWN}.
     */
    public boolean isMatchesShown() {
        return currentUser.isReadingAll() && isReturnReservable();
    }

    public static final int MATCHES_SHOWN = 5;

    public List<ReturnMatch> getMatches() {
        if (matches == null) {
            matches = isMatchesShown() ? returnMatches.of(id).stream().limit(MATCHES_SHOWN).toList() : List.of();
        }
        return matches;
    }

    /** Reserves the return into the open role of one of the matches shown, at its level and from its first day. */
    public String reserveMatch(long openRole) {
        return perform("view.returnReserved", () -> rotations.apply(new RotationCommand.ReserveMatchedReturn(id, version, openRole)));
    }

    /** A reserved return of a rotation under way: confirmable from its start (see {@link #isReturnStarted()}). */
    public boolean isReturnConfirmable() {
        return allows(RotationAction.CONFIRM_RETURN);
    }

    public boolean isReturnStarted() {
        return getRotation() != null && getRotation().getReturnPlacement()
                .map(placement -> !LocalDate.now(clock).isBefore(placement.getStartDate())).orElse(false);
    }

    public boolean isCompletable() {
        return allows(RotationAction.COMPLETE);
    }

    /** A proposal's seat, dates and objectives change on the plan form before approval. */
    public boolean isEditable() {
        return allows(RotationAction.EDIT_PROPOSAL);
    }

    /** Notes are written by those who run rotations, in every state. */
    public boolean isNotable() {
        return isMayChange() && allows(RotationAction.ADD_NOTE);
    }

    /** Whether the action bar has anything to offer (a note is written below the history, not there). */
    public boolean isAnyAction() {
        return getRotation() != null && getRotation().allowedActions().stream().anyMatch(action -> action != RotationAction.ADD_NOTE);
    }

    // ------------------------------------------------------------------ dialogs

    /** Opens a dialog with fresh fields. */
    public void open(Dialog which) {
        problems.clear();
        reason = null;
        months = null;
        endDate = null;
        projectCode = null;
        level = null;
        returnStart = null;
        start = null;
        Rotation shown = getRotation();
        if (which == Dialog.MOVE) {
            start = shown.startDate();
            months = (int) shown.plannedMonths();
        }
        if (which == Dialog.RETURN) {
            LocalDate today = LocalDate.now(clock);
            projectOptions = projects.list().stream()
                    .filter(project -> project.getPeriod().end().map(end -> !end.isBefore(today)).orElse(true))
                    .map(ViewBacking::option).toList();
            shown.getReturnPlacement().ifPresentOrElse(placement -> {
                projectCode = placement.getProject().getCode();
                level = placement.getLevel();
                returnStart = placement.getStartDate();
            }, () -> {
                level = shown.getStaff().getLevel();
                returnStart = shown.effectiveEnd().plusDays(1);
            });
        }
        if (which == Dialog.COMPLETE) {
            evaluations = shown.getObjectives().stream().map(chosen -> new EvaluationRow(chosen.getObjective())).toList();
        }
        dialog = which;
    }

    private static ProjectOption option(Project project) {
        return new ProjectOption(project.getCode(), project.getCode() + " · " + project.getName() + " (" + project.getPeriod() + ")");
    }

    /** The dialog was closed without a change (its close button, Escape, or Cancel). */
    public void close() {
        dialog = null;
        problems.clear();
    }

    public String approve() {
        return perform("view.approved", () -> rotations.apply(new RotationCommand.Approve(id, version)));
    }

    /** The new start and length: whole months from the start, as the plan form counts them. */
    public String move() {
        if (start == null || months == null) {
            problems.clear();
            String field = start == null ? "start" : "months";
            problems.add(new Problem(field, null, texts.get("schedule.missing",
                    texts.get(start == null ? "view.move.start" : "view.move.months"))));
            return null;
        }
        return perform("view.moved", MOVE_INPUTS, () -> {
            Period period = Period.ofMonths(start, months);
            return rotations.apply(new RotationCommand.Reschedule(id, version, period.start(), period.end().orElseThrow()));
        });
    }

    public String cancel() {
        return perform("view.cancelled", () -> rotations.apply(new RotationCommand.Cancel(id, version, reason)));
    }

    public String extend() {
        return perform("view.extended", () -> rotations.apply(new RotationCommand.Extend(id, version, months)));
    }

    public String curtail() {
        return perform("view.curtailed", () -> rotations.apply(new RotationCommand.Curtail(id, version, endDate, reason)));
    }

    public String reserveReturn() {
        return perform("view.returnReserved", () -> rotations.apply(new RotationCommand.ReserveReturn(id, version, projectCode, level, returnStart)));
    }

    public String confirmReturn() {
        return perform("view.returnConfirmed", () -> rotations.apply(new RotationCommand.ConfirmReturn(id, version)));
    }

    /** The note, kept in the history; a rotation changed meanwhile takes it all the same (a note needs no version). */
    public String addNote() {
        dialog = null;
        return perform("view.noted", NOTE_INPUTS, () -> rotations.apply(new RotationCommand.AddNote(id, null, note)));
    }

    public String complete() {
        Map<Objective, Evaluation> rated = new EnumMap<>(Objective.class);
        for (EvaluationRow row : evaluations) {
            if (row.getRating() == null) {
                problems.clear();
                problems.add(new Problem("evaluations", null, texts.get("view.complete.ratingRequired",
                        texts.of("rotation.objective.", row.getObjective()))));
                return null;
            }
            rated.put(row.getObjective(), new Evaluation(row.getRating(), row.getNote()));
        }
        return perform("view.completed", () -> rotations.apply(new RotationCommand.Complete(id, version, rated)));
    }

    /**
     * One change: on the version shown, or none. Success and a stale version both end in the page
     * read again (a redirect, with the message); a refusal keeps the dialog and says why.
     */
    private String perform(String doneKey, Supplier<Rotation> change) {
        return perform(doneKey, INPUTS, change);
    }

    /** {@link #perform(String, Supplier)} with the dialog's own fields for the refusal's reasons. */
    private String perform(String doneKey, Map<String, String> inputs, Supplier<Rotation> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.clear();
        try {
            Rotation changed = change.get();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(doneKey),
                    texts.get("view.state", texts.of("rotation.status.", changed.getStatus()), changed.plannedEnd().toString())));
            return reload();
        } catch (StaleVersionException stale) {
            return reloadBecauseStale(faces);
        } catch (Refusal refused) {
            problems.addAll(Problem.of(refused, inputs, texts));
        } catch (EJBAccessException notAllowed) {
            problems.add(new Problem(Problem.GENERAL, null, texts.get("rotation.notAllowed")));
        } catch (EJBException failed) {
            if (causedByOptimisticLock(failed)) {
                return reloadBecauseStale(faces);
            }
            throw failed;
        }
        return null;
    }

    private String reloadBecauseStale(FacesContext faces) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("view.stale"), texts.get("view.stale.detail")));
        return reload();
    }

    private String reload() {
        return "/rotations/view?faces-redirect=true&id=" + id;
    }

    private static boolean causedByOptimisticLock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    public List<Problem> problemsAt(String field) {
        return FormMessages.valuesUnreadable() ? List.of() : problems.stream().filter(problem -> problem.field().equals(field)).toList();
    }

    public boolean hasProblem(String field) {
        return !problemsAt(field).isEmpty();
    }

    public boolean isOpen(String which) {
        return dialog != null && dialog.name().equals(which);
    }

    public Dialog getDialog() {
        return dialog;
    }

    public List<CareerLevel> getAllLevels() {
        return List.of(CareerLevel.values());
    }

    public List<ObjectiveRating> getAllRatings() {
        return List.of(ObjectiveRating.values());
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    /** The id from the address; what is no id (letters, a number too large, zero or less) finds no rotation: 404. */
    public void setId(String id) {
        try {
            long parsed = id == null ? 0 : Long.parseLong(id.strip());
            this.id = parsed > 0 ? parsed : null;
        } catch (NumberFormatException notAnId) {
            this.id = null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public void setLevel(CareerLevel level) {
        this.level = level;
    }

    public LocalDate getReturnStart() {
        return returnStart;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public void setReturnStart(LocalDate returnStart) {
        this.returnStart = returnStart;
    }

    public List<ProjectOption> getProjectOptions() {
        return projectOptions;
    }

    public List<EvaluationRow> getEvaluations() {
        return evaluations;
    }
}
