package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationAction;
import org.pmorotations.domain.rotation.RotationCommand;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.service.rotation.BoardService;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.RotationService;
import org.pmorotations.service.rotation.SeatGaps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.service.pmo.PmoService;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.web.shared.FieldMessages;
import org.pmorotations.web.shared.Refusals;
import org.pmorotations.web.shared.Texts;
import org.primefaces.PrimeFaces;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.event.timeline.TimelineRangeEvent;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code rotations/board.xhtml}: the rotation board, one row per PMO seat group, a bar per
 * rotation and the empty seats behind them, over a window of three months to five years.
 *
 * <p>Only the rotations overlapping the window and a margin of half a window on each side are
 * read (two queries, see {@link BoardService}); moving or zooming beyond that margin reads again.
 * A bar dragged to another place is a request to the server: the rules are checked there, and
 * the board is then drawn again from what is stored, so a refused move puts the bar back where
 * it was and an accepted one shows its new empty seats. Dates are calendar days in UTC on both
 * sides, so a bar's edges are midnights and nothing shifts with the browser's time zone.
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String TIMELINE = "boardForm:board";
    /** The zoom choices, in months: a quarter to five years. */
    static final List<Integer> ZOOMS = List.of(3, 6, 12, 24, 60);
    /** The states the board can show; OVERDUE is an active rotation past its end. CANCELLED is hidden at first. */
    static final List<String> STATES = List.of("PROPOSED", "APPROVED", "ACTIVE", "OVERDUE", "CURTAILED", "COMPLETED", "CANCELLED");

    @Inject
    BoardService boards;

    @Inject
    RotationService rotations;

    @Inject
    Clock clock;

    @Inject
    PmoService pmoService;

    @Inject
    PolicyService policies;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    // URL parameters: ?from=2027-01-01&months=12&tier=DEPARTMENT&pmo=PMO-FIN&page=2, each refused
    // with a 400 naming it when it cannot be read (never a board of defaults that was not asked for)
    private LocalDate from;
    private Integer zoom;
    private Integer firstPage;

    private PmoTier tier;
    private String pmo;
    private int page;
    private int pages = 1;
    private long pmoCount;
    private List<String> states = new ArrayList<>(STATES.subList(0, STATES.size() - 1));
    private int months = 12;

    private LocalDate windowStart;
    private LocalDate windowEnd;
    private LocalDate loadedFrom;
    private LocalDate loadedTo;

    private TimelineModel<BoardItem, BoardRow> model;
    private List<PmoOption> pmoOptions;

    private Curtailment curtailment;
    private String curtailReason;

    private Move move;
    private LocalDate moveStart;
    private Integer moveMonths;
    private LocalDate moveLastDay;
    private String moveReason;

    /** The text of "Find a person": bars of people whose name holds it are marked, the others dimmed. */
    private String find;
    private long found;

    /** The board's items row by row, each row's empty seats and rotations by start: the list below the timeline. */
    private List<BoardItem> listed = List.of();
    /** Whether the list has been opened in this view: until then the page does not carry it. */
    private boolean listShown;

    /** A PMO in the filter's list. */
    public record PmoOption(String code, String label) implements Serializable {
    }

    /** A curtailment dragged on the board, waiting for its reason. */
    public record Curtailment(long rotationId, long version, String name, LocalDate lastDay) implements Serializable {
    }

    /** A bar being moved from the keyboard, as the board read it. */
    public record Move(BoardItem bar) implements Serializable {

        /** PROPOSED and APPROVED move as a whole (start and length); ACTIVE only at its end. */
        public boolean isWhole() {
            return bar.status().isPlanned();
        }
    }

    /** f:viewAction: the window and filters from the URL, read and checked by then, then the first reading. */
    public void load() {
        if (zoom != null) {
            months = zoom;
        }
        if (from == null) {
            from = currentDay().minusMonths(Math.max(1, months / 4)).withDayOfMonth(1);
        }
        if (firstPage != null) {
            page = firstPage - 1;
        }
        windowStart = from;
        windowEnd = from.plusMonths(months);
        pmoOptions = pmoService.list().stream()
                .map(p -> new PmoOption(p.getCode(), p.getName() + " (" + p.getCode() + ")")).toList();
        reload();
    }

    /** The timeline was moved or zoomed by the user: read again only when the window leaves what was read. */
    public void onRangeChanged(TimelineRangeEvent event) {
        windowStart = day(event.getStartDate());
        windowEnd = day(event.getEndDate());
        if (windowStart.isBefore(loadedFrom) || windowEnd.isAfter(loadedTo)) {
            reload();
            PrimeFaces.current().ajax().update(TIMELINE);
        }
        PrimeFaces.current().ajax().update("boardForm:summary");
    }

    /** The zoom choice: the same middle month, {@link #months} wide, from the first of a month. */
    public void zoom() {
        LocalDate middle = windowStart.plusDays(ChronoUnit.DAYS.between(windowStart, windowEnd) / 2);
        windowStart = firstOfNearestMonth(middle.minusMonths(months / 2));
        windowEnd = windowStart.plusMonths(months);
        reload();
    }

    /** Back to the window around today, at the zoom chosen. */
    public void backToToday() {
        windowStart = currentDay().minusMonths(Math.max(1, months / 4)).withDayOfMonth(1);
        windowEnd = windowStart.plusMonths(months);
        reload();
    }

    public void earlier() {
        shift(-getStep());
    }

    public void later() {
        shift(getStep());
    }

    /**
     * What "Earlier" and "Later" move by, in whole months: a month for a quarter shown, a quarter
     * for six months or a year, half a year for two years, a year for five.
     */
    public int getStep() {
        return switch (months) {
            case 3 -> 1;
            case 6, 12 -> 3;
            case 24 -> 6;
            default -> 12;
        };
    }

    /** The window from the first of a month (a drag of the timeline may have left it mid-month), moved by whole months. */
    private void shift(int monthsMoved) {
        windowStart = firstOfNearestMonth(windowStart).plusMonths(monthsMoved);
        windowEnd = windowStart.plusMonths(months);
        reload();
    }

    private static LocalDate firstOfNearestMonth(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return day.getDayOfMonth() > 15 ? first.plusMonths(1) : first;
    }

    /** A filter changed: back to the first page of PMOs. */
    public void filter() {
        page = 0;
        reload();
    }

    /** The previous page of PMOs (the board shows {@value BoardService#PMOS_PER_PAGE} at a time). */
    public void previousPmos() {
        page = Math.max(0, page - 1);
        reload();
    }

    /** The next page of PMOs; on the last page, the last page again. */
    public void nextPmos() {
        page = page + 1;
        reload();
    }

    /** A bar was clicked: its rotation's page. */
    public void onSelect(TimelineSelectEvent<BoardItem> event) throws IOException {
        TimelineEvent<BoardItem> item = event.getTimelineEvent();
        if (item != null && item.getData() != null && item.getData().isRotation()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/rotations/view.xhtml?id=" + item.getData().rotationId());
        }
    }

    /**
     * A bar was dragged, or one of its edges. PROPOSED and APPROVED rotations move as a whole
     * (start and end); an ACTIVE one only at its end: later extends it, earlier curtails it after
     * a reason is given. Whatever the server decides, the board is drawn again from the database.
     */
    public void onChanged(TimelineModificationEvent<BoardItem> event) {
        TimelineEvent<BoardItem> moved = event.getTimelineEvent();
        try {
            if (moved == null || moved.getData() == null || !moved.getData().isRotation()) {
                return;
            }
            if (!isCanMove()) {
                error(texts.get("board.notAllowed"), null);
                return;
            }
            BoardItem before = moved.getData();
            LocalDate start = day(moved.getStartDate());
            LocalDate end = wholeMove(before, start, day(moved.getEndDate()).minusDays(1));
            if (start.equals(before.start()) && end.equals(before.end())) {
                info(texts.get("board.unchanged", before.name(), start, end));
                return;
            }
            switch (before.status()) {
                case PROPOSED, APPROVED -> reschedule(before, start, end);
                case ACTIVE -> moveEnd(before, start, end);
                default -> error(texts.get("board.cannotMove", before.name(), texts.of("rotation.status.", before.status()).toLowerCase(Locale.ROOT)), null);
            }
        } finally {
            reload();
        }
    }

    /**
     * The timeline moves a whole bar by keeping its length in milliseconds, so a 12-month bar
     * moved from January to April would end a day late (2044 has 366 days, April to April 365).
     * A bar moved as a whole keeps its length in months when it had whole months; a moved edge
     * lands where it was dropped.
     */
    private static LocalDate wholeMove(BoardItem before, LocalDate start, LocalDate end) {
        long oldDays = ChronoUnit.DAYS.between(before.start(), before.end());
        long newDays = ChronoUnit.DAYS.between(start, end);
        if (start.equals(before.start()) || Math.abs(newDays - oldDays) > 1) {
            return end;
        }
        Period old = Period.of(before.start(), before.end());
        int months = (int) old.months();
        if (months > 0 && Period.ofMonths(before.start(), months).equals(old)) {
            return Period.ofMonths(start, months).end().orElseThrow();
        }
        return start.plusDays(oldDays);
    }

    private void reschedule(BoardItem before, LocalDate start, LocalDate end) {
        try {
            rotations.apply(new RotationCommand.Reschedule(before.rotationId(), before.version(), start, end));
            info(texts.get("board.moved", before.name(), start, end));
        } catch (NotFoundException gone) {
            error(texts.get("board.gone"), gone.getMessage());
        } catch (Refusal refused) {
            refused(texts.get("board.refused", before.name(), start, end), refused);
        } catch (EJBAccessException notAllowed) {
            error(texts.get("board.notAllowed"), null);
        }
    }

    private void moveEnd(BoardItem before, LocalDate start, LocalDate end) {
        if (!start.equals(before.start())) {
            error(texts.get("board.activeStart", before.name(), before.start()), null);
            return;
        }
        if (end.isBefore(before.end())) {
            curtailment = new Curtailment(before.rotationId(), before.version(), before.name(), end);
            curtailReason = null;
            PrimeFaces.current().ajax().addCallbackParam("curtail", true);
            PrimeFaces.current().ajax().update("boardForm:curtailContent");
            return;
        }
        long plannedMonths = Period.of(before.start(), before.end()).months();
        int added = (int) (Period.of(before.start(), end).nearestMonths() - plannedMonths);
        if (added < 1) {
            error(texts.get("board.extendAMonth", before.name()), null);
            return;
        }
        try {
            Rotation extended = rotations.apply(new RotationCommand.Extend(before.rotationId(), before.version(), added));
            info(texts.get("board.extended", before.name(), added, extended.plannedEnd()));
        } catch (Refusal refused) {
            refused(texts.get("board.extendRefused", before.name()), refused);
        } catch (EJBAccessException notAllowed) {
            error(texts.get("board.notAllowed"), null);
        }
    }

    /** The curtailment dialog's confirmation: the reason is required (the field says so). */
    public void curtail() {
        if (curtailment == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (curtailReason == null || curtailReason.isBlank()) {
            faces.addMessage("boardForm:curtailReason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("board.curtail.reason.required"), null));
            faces.validationFailed();
            return;
        }
        try {
            rotations.apply(new RotationCommand.Curtail(curtailment.rotationId(), curtailment.version(), curtailment.lastDay(), curtailReason));
            info(texts.get("board.curtailed", curtailment.name(), curtailment.lastDay()));
            curtailment = null;
            curtailReason = null;
        } catch (StaleVersionException stale) {
            error(texts.get("board.stale"), stale.getMessage());
            curtailment = null;
        } catch (Refusal refused) {
            // The dialog stays open with the reason next to its one field.
            Refusals.place(refused, Map.of(), texts).forEach(placed -> faces.addMessage("boardForm:curtailReason",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, placed.message(), null)));
            faces.validationFailed();
        } catch (EJBAccessException notAllowed) {
            error(texts.get("board.notAllowed"), null);
            curtailment = null;
        } finally {
            reload();
        }
    }

    /** The curtailment dialog closed without curtailing: nothing changes. */
    public void keep() {
        curtailment = null;
        curtailReason = null;
    }

    /**
     * A bar with the keyboard focus was asked to move (Enter or Space, see board.js): the move
     * dialog for it, with the dates the board shows. Only a bar that can move is offered; the
     * services check it again.
     */
    public void openMove() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("rotation");
        BoardItem bar = getRotations().stream().filter(item -> String.valueOf(item.rotationId()).equals(asked)).findFirst().orElse(null);
        if (bar == null) {
            error(texts.get("board.gone"), null);
            return;
        }
        if (!isCanMove() || !isMovable(bar)) {
            error(texts.get("board.cannotMove", bar.name(), texts.of("rotation.status.", bar.status()).toLowerCase(Locale.ROOT)), null);
            return;
        }
        move = new Move(bar);
        moveStart = bar.start();
        moveMonths = (int) Period.of(bar.start(), bar.end()).nearestMonths();
        moveLastDay = bar.end();
        moveReason = null;
        PrimeFaces.current().ajax().addCallbackParam("move", true);
        PrimeFaces.current().ajax().update("boardForm:moveContent");
    }

    /**
     * The move dialog's confirmation: a planned rotation gets its new start and length; an active
     * one its new last day, later to extend it by whole months, earlier to curtail it with the
     * reason given. A refusal keeps the dialog open with each reason next to its field.
     */
    public void move() {
        if (move == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        BoardItem bar = move.bar();
        try {
            if (move.isWhole()) {
                LocalDate end = Period.ofMonths(moveStart, moveMonths).end().orElseThrow();
                rotations.apply(new RotationCommand.Reschedule(bar.rotationId(), bar.version(), moveStart, end));
                info(texts.get("board.moved", bar.name(), moveStart, end));
            } else if (moveLastDay.isBefore(bar.end())) {
                if (moveReason == null || moveReason.isBlank()) {
                    faces.addMessage("boardForm:moveReason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            texts.get("board.curtail.reason.required"), null));
                    faces.validationFailed();
                    return;
                }
                rotations.apply(new RotationCommand.Curtail(bar.rotationId(), bar.version(), moveLastDay, moveReason));
                info(texts.get("board.curtailed", bar.name(), moveLastDay));
            } else {
                int added = (int) (Period.of(bar.start(), moveLastDay).nearestMonths() - Period.of(bar.start(), bar.end()).months());
                if (added < 1) {
                    faces.addMessage("boardForm:moveLastDay", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            texts.get("board.move.extendAMonth"), null));
                    faces.validationFailed();
                    return;
                }
                Rotation extended = rotations.apply(new RotationCommand.Extend(bar.rotationId(), bar.version(), added));
                info(texts.get("board.extended", bar.name(), added, extended.plannedEnd()));
            }
            move = null;
        } catch (StaleVersionException stale) {
            error(texts.get("board.stale"), stale.getMessage());
            move = null;
        } catch (NotFoundException gone) {
            error(texts.get("board.gone"), null);
            move = null;
        } catch (Refusal refused) {
            Map<String, String> inputs = move.isWhole()
                    ? Map.of("start", "moveStart", "end", "moveMonths", "DURATION", "moveMonths")
                    : Map.of("end", "moveLastDay", "endDate", "moveLastDay", "months", "moveLastDay", "DURATION", "moveLastDay",
                            "reason", "moveReason");
            for (Refusals.Placed placed : Refusals.place(refused, inputs, texts)) {
                faces.addMessage(placed.input() == null ? "boardForm:moveProblems" : "boardForm:" + placed.input(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, ruled(placed), null));
            }
            faces.validationFailed();
        } catch (EJBAccessException notAllowed) {
            error(texts.get("board.notAllowed"), null);
            move = null;
        } finally {
            reload();
        }
    }

    /** The move dialog closed without moving: nothing changes. */
    public void keepPlace() {
        move = null;
    }

    /** "Find a person" changed: the board marks who matches. */
    public void find() {
        reload();
    }

    private void reload() {
        long days = ChronoUnit.DAYS.between(windowStart, windowEnd);
        if (days > BoardService.MAX_WINDOW_DAYS / 7 * 5) {
            windowEnd = windowStart.plusYears(5);
            days = ChronoUnit.DAYS.between(windowStart, windowEnd);
        }
        long margin = Math.min(days / 2, 366);
        loadedFrom = windowStart.minusDays(margin);
        loadedTo = windowEnd.plusDays(margin);
        Set<PmoTier> tiers = tier == null ? EnumSet.allOf(PmoTier.class) : EnumSet.of(tier);
        BoardService.Board board = boards.board(loadedFrom, loadedTo, tiers, pmo, page);
        page = board.page();
        pages = board.pages();
        pmoCount = board.pmos();

        TimelineModel<BoardItem, BoardRow> fresh = new TimelineModel<>();
        boolean canMove = isCanMove();
        Texts.Formats formats = texts.formats();
        Policy policy = policies.current();
        LocalDate today = currentDay();
        LocalDate firstPlannable = today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
        String sought = find == null || find.isBlank() ? null : find.strip().toLowerCase(Locale.ROOT);
        Map<String, List<BoardItem>> byRow = new LinkedHashMap<>();
        Map<String, String> seats = new LinkedHashMap<>();
        for (BoardService.SeatRow row : board.rows()) {
            Pmo p = row.pmo();
            String seat = formats.get("board.seat", p.getName(), formats.get("board.role." + row.role().name()));
            seats.put(row.key(), seat);
            List<BoardItem> inRow = byRow.computeIfAbsent(row.key(), key -> new ArrayList<>());
            fresh.addGroup(new TimelineGroup<>(row.key(),
                    new BoardRow(p.getCode(), p.getName(), p.getTier().name(), row.role(), row.seats())));
            int index = 0;
            for (SeatGaps.Gap gap : row.gaps()) {
                String plan = "pmo=" + URLEncoder.encode(p.getCode(), StandardCharsets.UTF_8) + "&role=" + row.role().name() + "&start="
                        + (gap.period().start().isBefore(firstPlannable) ? firstPlannable : gap.period().start());
                BoardItem free = BoardItem.free(gap, seat, plan);
                free = free.described(formats.get("board.free", free.free(), free.seats()), List.of(),
                        formats.get("board.free.title", free.free(), free.start(), free.end(), free.seats(), seat));
                if (!free.end().isBefore(firstPlannable)) {
                    inRow.add(free);
                }
                fresh.add(TimelineEvent.<BoardItem>builder()
                        .id("free-" + row.key() + "-" + index++)
                        .data(free)
                        .startDate(gap.period().start())
                        .endDate(gap.period().end().orElseThrow().plusDays(1))
                        .group(row.key())
                        .type("background")
                        .styleClass("board-free" + (canMove && !free.end().isBefore(firstPlannable) ? " board-plannable" : ""))
                        .editable(false)
                        .build());
            }
        }
        found = 0;
        for (Rotation rotation : board.rotations()) {
            String key = rotation.getPmo().getId() + "-" + rotation.getRole().name();
            BoardItem read = BoardItem.of(rotation, seats.get(key), policy, today);
            if (!states.contains(read.getShownState())) {
                continue;
            }
            List<String> flagged = read.flags().stream().map(flag -> formats.get("board.flag." + flag.name())).toList();
            String state = formats.get("board.state." + read.getShownState());
            BoardItem item = read.described(read.name(), flagged, formats.get("board.bar.title", read.name(), read.start(), read.end(),
                    flagged.isEmpty() ? state : state + ", " + String.join(", ", flagged), read.seat()));
            boolean movable = canMove && isMovable(item);
            boolean match = sought != null && item.name().toLowerCase(Locale.ROOT).contains(sought);
            if (match && item.start().isBefore(windowEnd) && !item.end().isBefore(windowStart)) {
                found++;
            }
            byRow.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            fresh.add(TimelineEvent.<BoardItem>builder()
                    .id("rotation-" + rotation.getId())
                    .data(item)
                    .startDate(item.start())
                    .endDate(item.end().plusDays(1))
                    .group(key)
                    .styleClass("board-bar board-" + item.getShownState().toLowerCase(Locale.ROOT)
                            + (movable ? " board-movable" : "")
                            + (sought == null ? "" : match ? " board-found" : " board-other"))
                    .editableTime(movable)
                    .editableGroup(false)
                    .editableRemove(false)
                    .build());
        }
        listed = byRow.values().stream()
                .flatMap(row -> row.stream().sorted(Comparator.comparing(BoardItem::start).thenComparing(BoardItem::isRotation)))
                .filter(item -> item.start().isBefore(windowEnd) && !item.end().isBefore(windowStart))
                .toList();
        model = fresh;
    }

    /** Whether a PMO manager may move this bar: a planned one as a whole, an active one at its end. */
    private static boolean isMovable(BoardItem item) {
        return RotationAction.RESCHEDULE.allowedIn(item.status()) || RotationAction.EXTEND.allowedIn(item.status())
                || RotationAction.CURTAIL.allowedIn(item.status());
    }

    /** Midnight or later on a day is that day; noon or later is the next (a drag seldom lands exactly). */
    private static LocalDate day(LocalDateTime time) {
        return time.getHour() >= 12 ? time.toLocalDate().plusDays(1) : time.toLocalDate();
    }

    private LocalDate currentDay() {
        return LocalDate.now(clock);
    }

    private static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
    }

    private static void error(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    /**
     * One message for a refused move: what was refused, and why (each broken rule by its code);
     * a stale version says that the board is drawn again as it is now.
     */
    private void refused(String what, Refusal refusal) {
        if (refusal instanceof StaleVersionException) {
            error(texts.get("board.stale"), refusal.getMessage());
            return;
        }
        error(what, Refusals.place(refusal, Map.of(), texts).stream().map(BoardBacking::ruled).collect(Collectors.joining(" ")));
    }

    /** A reason as the board says it: the rule's code first when a rule was broken. */
    private static String ruled(Refusals.Placed placed) {
        return placed.rule() == null ? placed.message() : placed.rule() + ": " + placed.message();
    }

    /** ADMIN and PMO_MANAGER move bars; the services check it again. */
    public boolean isCanMove() {
        return currentUser.isAdmin() || currentUser.isPmoManager();
    }

    public TimelineModel<BoardItem, BoardRow> getModel() {
        return model;
    }

    /** The window shown, as the timeline takes it (midnight UTC). */
    public LocalDateTime getWindowStart() {
        return windowStart.atStartOfDay();
    }

    public LocalDateTime getWindowEnd() {
        return windowEnd.atStartOfDay();
    }

    public LocalDate getLoadedFrom() {
        return loadedFrom;
    }

    public LocalDate getLoadedTo() {
        return loadedTo;
    }

    /** The timeline's own zoom limits, in milliseconds: a month (to look closely at a drag) to five years. */
    public long getZoomMin() {
        return 31L * 24 * 3600 * 1000;
    }

    public long getZoomMax() {
        return 5L * 366 * 24 * 3600 * 1000;
    }

    /** The rotations drawn that overlap the window shown (the margins read around it not counted). */
    public long getRotationCount() {
        return getRotations().stream()
                .filter(item -> item.start().isBefore(windowEnd) && !item.end().isBefore(windowStart)).count();
    }

    /** The rotations drawn, in date order: the board's list for keyboard and screen reader users. */
    public List<BoardItem> getRotations() {
        return model == null ? List.of() : model.getEvents().stream()
                .map(TimelineEvent::getData).filter(BoardItem::isRotation).toList();
    }

    /** The first PMO of the page shown, counted from 1 (0 when there is none). */
    public long getFirstPmo() {
        return pmoCount == 0 ? 0 : (long) page * BoardService.PMOS_PER_PAGE + 1;
    }

    public long getLastPmo() {
        return Math.min(pmoCount, (long) (page + 1) * BoardService.PMOS_PER_PAGE);
    }

    public long getPmoCount() {
        return pmoCount;
    }

    public int getPages() {
        return pages;
    }

    public Integer getFirstPage() {
        return firstPage;
    }

    public void setFirstPage(Integer firstPage) {
        this.firstPage = firstPage;
    }

    public int getRowCount() {
        return model == null || model.getGroups() == null ? 0 : model.getGroups().size();
    }

    public List<Integer> getZooms() {
        return ZOOMS;
    }

    public List<String> getStateChoices() {
        return STATES;
    }

    public PmoTier[] getTiers() {
        return PmoTier.values();
    }

    public List<PmoOption> getPmoOptions() {
        return pmoOptions;
    }

    /** The board's list: row by row, each row's empty seats and rotations that overlap the window, by start. */
    public List<BoardItem> getListed() {
        return listed;
    }

    /** The list was opened (board.js, on the details element's toggle): it is drawn from now on. */
    public void showList() {
        listShown = true;
    }

    public boolean isListShown() {
        return listShown;
    }

    public Move getMove() {
        return move;
    }

    public LocalDate getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalDate moveStart) {
        this.moveStart = moveStart;
    }

    public Integer getMoveMonths() {
        return moveMonths;
    }

    public void setMoveMonths(Integer moveMonths) {
        this.moveMonths = moveMonths;
    }

    public LocalDate getMoveLastDay() {
        return moveLastDay;
    }

    public void setMoveLastDay(LocalDate moveLastDay) {
        this.moveLastDay = moveLastDay;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    /** The rotations of people found by "Find a person" in the window shown. */
    public long getFound() {
        return found;
    }

    public Curtailment getCurtailment() {
        return curtailment;
    }

    public String getCurtailReason() {
        return curtailReason;
    }

    public void setCurtailReason(String curtailReason) {
        this.curtailReason = curtailReason;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public Integer getZoom() {
        return zoom;
    }

    public void setZoom(Integer zoom) {
        this.zoom = zoom;
    }

    /** The address's {@code months} is one of the zoom choices. */
    public void validateZoom(FacesContext context, UIComponent component, Object value) {
        if (value instanceof Integer asked && !ZOOMS.contains(asked)) {
            throw new ValidatorException(FieldMessages.refused(context, component, "form.choice.invalid", asked,
                    ZOOMS.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
    }

    public PmoTier getTier() {
        return tier;
    }

    public void setTier(PmoTier tier) {
        this.tier = tier;
    }

    public String getPmo() {
        return pmo;
    }

    public void setPmo(String pmo) {
        this.pmo = pmo == null || pmo.isBlank() ? null : pmo;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states == null ? new ArrayList<>() : new ArrayList<>(states);
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = ZOOMS.contains(months) ? months : this.months;
    }
}
