package org.pmorotations.web.overview;

import org.pmorotations.domain.rotation.RotationCommand;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.WorkQueue;
import org.pmorotations.service.rotation.RotationService;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.web.shared.Refusals;
import org.pmorotations.web.shared.Texts;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Overview's work queue ({@code index.xhtml}): for PMO managers and administrators the
 * proposals to approve (several at once, each result reported), the starts of the next 30 days,
 * the rotations at risk and the overdue ones; leaders read the same counts with links to the
 * lists. Read once per view ({@link ReportService#workQueue}: a bounded number of statements);
 * approving reads it again.
 */
@Named("workQueue")
@ViewScoped
public class WorkQueueBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    RotationService rotations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private WorkQueue queue;
    private List<WorkQueue.Proposal> selected = new ArrayList<>();
    private List<Outcome> outcomes = List.of();

    /** One proposal's result of an approval in bulk: approved, or why not. */
    public record Outcome(long rotationId, String fullName, String pmoCode, boolean approved, String message) implements Serializable {
    }

    /** Those who read every rotation see the queue; staff see their own next step instead. */
    public boolean isShown() {
        return currentUser.isReadingAll();
    }

    /** Only administrators and PMO managers approve; the service checks it again. */
    public boolean isMayApprove() {
        return currentUser.isAdmin() || currentUser.isPmoManager();
    }

    public WorkQueue getQueue() {
        if (queue == null && isShown()) {
            queue = reports.workQueue();
        }
        return queue;
    }

    /**
     * Approves each proposal ticked, on the version the list showed, one by one: a refusal of one
     * (a rule broken since it was proposed, someone else's change) leaves the others approved and
     * is reported with its reasons.
     */
    public void approveSelected() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null || selected.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("queue.approve.none"), ""));
            return;
        }
        List<Outcome> results = new ArrayList<>();
        for (WorkQueue.Proposal proposal : selected) {
            var row = proposal.rotation();
            String refusal = null;
            try {
                rotations.apply(new RotationCommand.Approve(row.rotationId(), proposal.version()));
            } catch (StaleVersionException stale) {
                refusal = texts.get("queue.approve.stale");
            } catch (NotFoundException gone) {
                refusal = texts.get("queue.approve.gone");
            } catch (Refusal refused) {
                refusal = Refusals.place(refused, Map.of(), texts).stream()
                        .map(placed -> placed.rule() == null ? placed.message() : placed.rule() + ": " + placed.message())
                        .collect(Collectors.joining(" "));
            } catch (EJBAccessException notAllowed) {
                refusal = texts.get("rotation.notAllowed");
            }
            results.add(new Outcome(row.rotationId(), row.fullName(), row.pmoCode(), refusal == null, refusal));
        }
        outcomes = List.copyOf(results);
        long approved = results.stream().filter(Outcome::approved).count();
        faces.addMessage(null, new FacesMessage(approved == results.size() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                texts.get("queue.approve.done", approved, results.size() - approved), ""));
        selected = new ArrayList<>();
        queue = null;
    }

    public int getStartsWithinDays() {
        return WorkQueue.STARTS_WITHIN_DAYS;
    }

    public List<WorkQueue.Proposal> getSelected() {
        return selected;
    }

    public void setSelected(List<WorkQueue.Proposal> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }
}
