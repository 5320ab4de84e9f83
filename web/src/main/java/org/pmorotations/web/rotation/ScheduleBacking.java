package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.ObjectiveEvaluation;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationAction;
import org.pmorotations.domain.rotation.RotationCommand;
import org.pmorotations.domain.rotation.Rule;
import org.pmorotations.domain.rotation.ScheduleRequest;
import org.pmorotations.domain.rotation.Violation;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.RotationService;
import org.pmorotations.service.staff.DirectoryQuery;
import org.pmorotations.service.staff.DirectoryRow;
import org.pmorotations.service.staff.StaffService;
import org.pmorotations.domain.rotation.RulesBrokenException;

import java.time.Clock;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.service.pmo.PmoService;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code rotations/schedule.xhtml}: a PMO manager plans a rotation. As the seat (PMO, role,
 * start, months) changes, the ranked candidates refresh; as soon as a person is given too, the dry
 * run of every rule runs and each violation is shown next to the field it concerns. Submitting
 * proposes the rotation and opens its page; a refusal keeps every value and shows why.
 *
 * <p>The service decides (its {@code @RolesAllowed} and rules); this bean only arranges what it
 * says by field.
 */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int CANDIDATES_SHOWN = 10;

    /** People suggested as a name or number is typed. */
    static final int PEOPLE_SUGGESTED = 8;

    /** The input next to which each rule's violations and each field's refusal are shown; anything else: above the form. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry(Rule.DURATION.name(), "months"),
            Map.entry(Rule.OVERLAP.name(), "employee"), Map.entry(Rule.TENURE.name(), "employee"),
            Map.entry(Rule.COOL_OFF.name(), "employee"), Map.entry(Rule.ELIGIBILITY.name(), "employee"),
            Map.entry(Rule.ACTIVE_STAFF.name(), "employee"), Map.entry(Rule.SEATS.name(), "role"),
            Map.entry(Rule.PMO_OPEN.name(), "pmo"), Map.entry(Rule.START_DATE.name(), "start"),
            Map.entry("employeeNumber", "employee"), Map.entry("pmoCode", "pmo"), Map.entry("role", "role"),
            Map.entry("start", "start"), Map.entry("months", "months"), Map.entry("end", "months"),
            Map.entry("objectives", "objectives"));

    private static final Converter<Object> OBJECTIVE_CONVERTER = new EnumConverter(Objective.class);

    @Inject
    RotationService rotations;

    @Inject
    Clock clock;

    @Inject
    PmoService pmos;

    @Inject
    PolicyService policies;

    @Inject
    StaffService staff;

    @Inject
    Texts texts;

    /** A PMO in the list: open today or later. */
    public record PmoOption(String code, String label) implements Serializable {
    }

    /** One ranked candidate as the page shows them. */
    public record CandidateRow(String employeeNumber, String fullName, String level, String reason) implements Serializable {
    }

    private String prefill;
    /** The proposal being edited (from the address), or null when a new rotation is planned. */
    private Long editing;
    /** The edited proposal's version as read: the edit is made on it only. */
    private long editedVersion;
    /** The edited proposal's person, named on the page (the person of a proposal does not change). */
    private String editedPerson;
    /** The seat from the address (the bench links here): PMO code, role and first day, each optional. */
    private String prefillPmo;
    private String prefillRole;
    private String prefillStart;

    private String pmoCode;
    private PmoRole role = PmoRole.PMO_ANALYST;
    private LocalDate start;
    private Integer months;
    private String employee;
    private List<Objective> objectives = new ArrayList<>();
    /** Who the person field names: their name, level, department and position, shown below it; null while nobody. */
    private DirectoryRow chosen;

    private int minMonths;
    private int maxMonths;
    private List<PmoOption> pmoOptions = List.of();
    private List<CandidateRow> candidates = List.of();
    private boolean candidatesAsked;
    private final List<Problem> problems = new ArrayList<>();
    /** Whether the dry run ran for the current values (all of them given and readable). */
    private boolean checked;

    /** First request: the lists, the policy's limits, the defaults and the person from the URL. */
    public void init() throws IOException {
        LocalDate today = LocalDate.now(clock);
        Policy policy = policies.current();
        minMonths = policy.minMonths();
        maxMonths = policy.maxMonths();
        months = minMonths;
        start = today.withDayOfMonth(1).plusMonths(1);
        pmoOptions = pmos.list().stream()
                .filter(pmo -> pmo.getActivePeriod().end().map(closes -> !closes.isBefore(today)).orElse(true))
                .map(this::option).toList();
        if (editing != null) {
            loadProposal();
            return;
        }
        if (prefill != null && !prefill.isBlank()) {
            employee = prefill.strip().toUpperCase(Locale.ROOT);
        }
        prefillSeat(today);
        refresh();
    }

    /**
     * The proposal to edit, its values in the fields: unknown, 404; refused to this user, 403;
     * no longer a proposal, its page, which says why it cannot be edited.
     */
    private void loadProposal() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Optional<Rotation> found = rotations.find(editing);
            if (found.isEmpty()) {
                faces.getExternalContext().responseSendError(404, null);
                faces.responseComplete();
                return;
            }
            Rotation proposal = found.get();
            if (!proposal.allows(RotationAction.EDIT_PROPOSAL)) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("schedule.edit.notAProposal"),
                        texts.get("schedule.edit.notAProposal.detail", proposal.getStatus().words())));
                faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                        "/rotations/view?faces-redirect=true&id=" + editing);
                return;
            }
            editedVersion = proposal.getVersion();
            editedPerson = proposal.getStaff().getFullName();
            employee = proposal.getStaff().getEmployeeNumber().value();
            pmoCode = proposal.getPmo().getCode();
            if (pmoOptions.stream().noneMatch(option -> option.code().equals(pmoCode))) {
                pmoOptions = new ArrayList<>(pmoOptions);
                pmoOptions.add(0, option(proposal.getPmo()));
            }
            role = proposal.getRole();
            start = proposal.startDate();
            months = (int) proposal.plannedMonths();
            objectives = new ArrayList<>(proposal.getObjectives().stream().map(ObjectiveEvaluation::getObjective).toList());
            refresh();
        } catch (EJBAccessException refused) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    /**
     * A PMO among those listed, a role and a start from today on, taken from the address; a value
     * that is none of these is left out and the form keeps its default (the page says nothing: the
     * rule check names whatever is still missing).
     */
    private void prefillSeat(LocalDate today) {
        if (prefillPmo != null) {
            String code = prefillPmo.strip().toUpperCase(Locale.ROOT);
            pmoOptions.stream().filter(option -> option.code().equals(code)).findFirst().ifPresent(option -> pmoCode = option.code());
        }
        if (prefillRole != null) {
            for (PmoRole seatRole : PmoRole.values()) {
                if (seatRole.name().equalsIgnoreCase(prefillRole.strip())) {
                    role = seatRole;
                }
            }
        }
        if (prefillStart != null) {
            try {
                LocalDate day = LocalDate.parse(prefillStart.strip());
                if (!day.isBefore(today)) {
                    start = day;
                }
            } catch (java.time.DateTimeException unreadable) {
                // not a date: the default start stays
            }
        }
    }

    private PmoOption option(Pmo pmo) {
        return new PmoOption(pmo.getCode(), pmo.getCode() + " · " + pmo.getName() + " (" + texts.of("pmos.tier.", pmo.getTier()) + ")");
    }

    /** A value changed: who the person is, the candidates for the seat, and the dry run once everything is given. */
    public void refresh() {
        problems.clear();
        checked = false;
        identify();
        loadCandidates();
        if (ready()) {
            try {
                List<Violation> broken = editing == null ? rotations.check(request()) : rotations.checkEdit(editing, request());
                problems.addAll(Problem.of(broken.stream().map(Violation::asReason).toList(), INPUTS, texts));
                checked = true;
            } catch (Refusal refused) {
                problems.addAll(Problem.of(refused, INPUTS, texts));
            }
        }
    }

    /**
     * The people whose name or employee number contains what was typed, by name: the suggestions of
     * the person field, each with their level, department and position today. One page of the
     * directory, so three statements whatever the number of staff.
     */
    public List<DirectoryRow> findPeople(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return staff.directory(new DirectoryQuery(typed.strip(), null, null, null, DirectoryQuery.Sort.NAME, false, 0, PEOPLE_SUGGESTED));
    }

    /**
     * What the person field holds for a suggestion: their employee number. The field draws its own
     * value (the number, a String) through the same expression as its suggestions, so both are taken.
     */
    public String numberOf(Object suggestionOrValue) {
        return suggestionOrValue instanceof DirectoryRow row ? row.employeeNumber()
                : suggestionOrValue == null ? null : suggestionOrValue.toString();
    }

    /**
     * Who the person field names. An employee number names its person; a name typed in full or in
     * part that only one person's name or number contains names that person, and the field then
     * holds their number. Anything else names nobody, and the rule check says so.
     */
    private void identify() {
        chosen = null;
        if (employee == null || employee.isBlank()) {
            return;
        }
        String typed = employee.strip();
        List<DirectoryRow> found = findPeople(typed);
        chosen = found.stream().filter(row -> row.employeeNumber().equalsIgnoreCase(typed)).findFirst()
                .orElse(found.size() == 1 ? found.get(0) : null);
        if (chosen != null) {
            employee = chosen.employeeNumber();
        }
    }

    /** A candidate picked from the list becomes the person. */
    public void pick(String employeeNumber) {
        employee = employeeNumber;
        refresh();
    }

    /** Proposes the rotation and opens its page; refused, the page stays as typed with every reason. */
    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        identify();
        List<Problem> missing = missing();
        if (!missing.isEmpty()) {
            refresh();
            problems.removeIf(problem -> missing.stream().anyMatch(gap -> gap.field().equals(problem.field())));
            problems.addAll(missing);
            return null;
        }
        problems.clear();
        if (editing != null) {
            return saveEdit(faces);
        }
        try {
            Rotation rotation = rotations.apply(new RotationCommand.Schedule(request()));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("schedule.done"),
                    texts.get("schedule.done.detail", rotation.getStaff().getFullName(),
                            rotation.getPmo().getCode(), texts.of("rotation.role.", rotation.getRole()),
                            rotation.startDate().toString(), rotation.plannedEnd().toString())));
            return "/rotations/view?faces-redirect=true&id=" + rotation.getId();
        } catch (RulesBrokenException broken) {
            checked = true;
            problems.addAll(Problem.of(broken, INPUTS, texts));
            loadCandidates();
        } catch (Refusal refused) {
            problems.addAll(Problem.of(refused, INPUTS, texts));
        } catch (EJBAccessException notAllowed) {
            problems.add(new Problem(Problem.GENERAL, null, texts.get("rotation.notAllowed")));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("schedule.refused"),
                texts.get("schedule.refused.detail")));
        return null;
    }

    /**
     * The edited proposal saved on the version read, and its page; a refusal stays with every reason,
     * a proposal changed meanwhile is shown as it is now.
     */
    private String saveEdit(FacesContext faces) {
        try {
            Rotation rotation = rotations.apply(new RotationCommand.EditProposal(editing, editedVersion, pmoCode, role, start, months,
                    EnumSet.copyOf(objectives)));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("schedule.edit.done"),
                    texts.get("schedule.done.detail", rotation.getStaff().getFullName(),
                            rotation.getPmo().getCode(), texts.of("rotation.role.", rotation.getRole()),
                            rotation.startDate().toString(), rotation.plannedEnd().toString())));
            return "/rotations/view?faces-redirect=true&id=" + editing;
        } catch (StaleVersionException stale) {
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("view.stale"), texts.get("view.stale.detail")));
            return "/rotations/view?faces-redirect=true&id=" + editing;
        } catch (RulesBrokenException broken) {
            checked = true;
            problems.addAll(Problem.of(broken, INPUTS, texts));
        } catch (Refusal refused) {
            problems.addAll(Problem.of(refused, INPUTS, texts));
        } catch (EJBAccessException notAllowed) {
            problems.add(new Problem(Problem.GENERAL, null, texts.get("rotation.notAllowed")));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("schedule.edit.refused"),
                texts.get("schedule.refused.detail")));
        return null;
    }

    /** Every field not given, each with a sentence naming it. */
    private List<Problem> missing() {
        List<Problem> missing = new ArrayList<>();
        if (pmoCode == null) {
            missing.add(missing("pmo", "schedule.pmo"));
        }
        if (role == null) {
            missing.add(missing("role", "schedule.role"));
        }
        if (start == null) {
            missing.add(missing("start", "schedule.start"));
        }
        if (months == null) {
            missing.add(missing("months", "schedule.months"));
        }
        if (employee == null || employee.isBlank()) {
            missing.add(missing("employee", "schedule.employee"));
        }
        if (objectives == null || objectives.isEmpty()) {
            missing.add(new Problem("objectives", null, texts.get("schedule.objectives.required")));
        }
        return missing;
    }

    private Problem missing(String field, String labelKey) {
        return new Problem(field, null, texts.get("schedule.missing", texts.get(labelKey)));
    }

    private void loadCandidates() {
        candidatesAsked = editing == null && pmoCode != null && role != null && start != null && months != null && months > 0;
        candidates = List.of();
        if (candidatesAsked) {
            try {
                candidates = rotations.candidates(pmoCode, role, start, months, CANDIDATES_SHOWN).stream()
                        .map(candidate -> new CandidateRow(candidate.staff().getEmployeeNumber().value(),
                                candidate.staff().getFullName(), texts.of("level.", candidate.staff().getLevel()),
                                candidate.reason()))
                        .toList();
            } catch (Refusal unknownSeat) {
                candidatesAsked = false;
            }
        }
    }

    private boolean ready() {
        return pmoCode != null && role != null && start != null && months != null && employee != null && !employee.isBlank();
    }

    private ScheduleRequest request() {
        return new ScheduleRequest(employee == null ? null : employee.strip().toUpperCase(Locale.ROOT), pmoCode, role, start,
                months, objectives == null || objectives.isEmpty() ? EnumSet.noneOf(Objective.class) : EnumSet.copyOf(objectives));
    }

    /** The problems to show next to one field ("general": above the form). */
    public List<Problem> problemsAt(String field) {
        return FormMessages.valuesUnreadable() ? List.of() : problems.stream().filter(problem -> problem.field().equals(field)).toList();
    }

    public boolean hasProblem(String field) {
        return !problemsAt(field).isEmpty();
    }

    /** The rule codes broken by the current values, in the order of the design, each once. */
    public List<String> getBrokenRules() {
        if (FormMessages.valuesUnreadable()) {
            return List.of();
        }
        Map<String, Boolean> codes = new LinkedHashMap<>();
        problems.stream().map(Problem::rule).filter(java.util.Objects::nonNull).forEach(code -> codes.put(code, true));
        return List.copyOf(codes.keySet());
    }

    public boolean isAllRulesPass() {
        return checked && problems.isEmpty() && !FormMessages.valuesUnreadable();
    }

    public boolean isRulesBroken() {
        return !getBrokenRules().isEmpty();
    }

    public boolean isWaitingForValues() {
        return !isAllRulesPass() && !isRulesBroken();
    }

    public String getPrefill() {
        return prefill;
    }

    public void setPrefill(String prefill) {
        this.prefill = prefill;
    }

    public String getPrefillPmo() {
        return prefillPmo;
    }

    public void setPrefillPmo(String prefillPmo) {
        this.prefillPmo = prefillPmo;
    }

    public String getPrefillRole() {
        return prefillRole;
    }

    public void setPrefillRole(String prefillRole) {
        this.prefillRole = prefillRole;
    }

    public String getPrefillStart() {
        return prefillStart;
    }

    public void setPrefillStart(String prefillStart) {
        this.prefillStart = prefillStart;
    }

    public String getPmoCode() {
        return pmoCode;
    }

    public void setPmoCode(String pmoCode) {
        this.pmoCode = pmoCode;
    }

    public PmoRole getRole() {
        return role;
    }

    public void setRole(PmoRole role) {
        this.role = role;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    /** The proposal's id while one is edited: the address's {@code rotation}; what is no id edits nothing and finds nothing (404). */
    public String getEditing() {
        return editing == null ? null : editing.toString();
    }

    public void setEditing(String id) {
        try {
            long parsed = id == null || id.isBlank() ? 0 : Long.parseLong(id.strip());
            this.editing = parsed > 0 ? parsed : -1L;
        } catch (NumberFormatException notAnId) {
            this.editing = -1L;
        }
    }

    public boolean isEditingProposal() {
        return editing != null;
    }

    public String getEditedPerson() {
        return editedPerson;
    }

    public DirectoryRow getChosen() {
        return chosen;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<Objective> objectives) {
        this.objectives = objectives;
    }

    public List<Objective> getAllObjectives() {
        return List.of(Objective.values());
    }

    public Converter<Object> getObjectiveConverter() {
        return OBJECTIVE_CONVERTER;
    }

    public List<PmoRole> getAllRoles() {
        return List.of(PmoRole.values());
    }

    /** The last day of the period as given, for the page to show; null until start and months are readable. */
    public LocalDate getPlannedEnd() {
        if (start == null || months == null || months < 1 || FormMessages.valuesUnreadable()) {
            return null;
        }
        return org.pmorotations.domain.shared.Period.ofMonths(start, months).end().orElse(null);
    }

    public int getMinMonths() {
        return minMonths;
    }

    public int getMaxMonths() {
        return maxMonths;
    }

    public List<PmoOption> getPmoOptions() {
        return pmoOptions;
    }

    public List<CandidateRow> getCandidates() {
        return FormMessages.valuesUnreadable() ? List.of() : candidates;
    }

    public boolean isCandidatesAsked() {
        return candidatesAsked && !FormMessages.valuesUnreadable();
    }
}
