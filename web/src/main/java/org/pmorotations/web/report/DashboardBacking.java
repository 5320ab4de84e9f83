package org.pmorotations.web.report;

import org.pmorotations.web.shared.Texts;
import org.pmorotations.service.report.QuarterActivity;
import org.pmorotations.service.report.ReintegrationBucket;
import org.pmorotations.service.report.ReportChoices;
import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.ReportSummary;
import org.pmorotations.service.report.RoomToReturn;
import org.pmorotations.service.report.SeatFill;
import org.pmorotations.domain.staff.CareerLevel;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * reports/dashboard.xhtml: the leaders' figures as of a day, with charts, refreshed by Ajax when a
 * filter changes. Every figure comes from one {@link ReportService#summary} (a fixed number of
 * aggregate statements); the charts are Chart.js configurations built here from it, drawn by
 * PrimeFaces' own bundled Chart.js (no CDN).
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f5fa8", "#e07b00", "#2e8540", "#8e44ad", "#c0392b"};

    @Inject
    ReportService reports;

    private final ReportFilters filters = new ReportFilters();
    private transient ReportChoices choices;
    private transient ReportSummary summary;

    /** On opening, and on every change of a filter. */
    public void load() {
        if (choices == null) {
            choices = reports.choices();
        }
        summary = reports.summary(filters.day(), filters.filter());
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public ReportChoices getChoices() {
        if (choices == null) {
            choices = reports.choices();
        }
        return choices;
    }

    /**
     * Loaded by the view action; also when a malformed URL parameter kept it from running, or after
     * the view was restored from storage (the figures are transient: they are read again, not stored).
     */
    public ReportSummary getSummary() {
        if (summary == null) {
            load();
        }
        return summary;
    }

    /**
     * The seat fill of each open PMO and role on the day of the figures, those with the most open
     * seats first (then by PMO and role). A large organisation has hundreds: the page shows them
     * 25 at a time, and the downloads hold every one.
     */
    public List<SeatFill> getSeatFillToday() {
        ReportSummary shown = getSummary();
        return shown.seatFillByPmo().stream().filter(row -> row.day().equals(shown.asOf()))
                .sorted(java.util.Comparator.comparingLong(SeatFill::open).reversed()
                        .thenComparing(SeatFill::pmoCode).thenComparing(SeatFill::role))
                .toList();
    }

    /** A career level's row of the room-to-come-back table: its figures in each of the next four quarters. */
    public record RoomRow(CareerLevel level, List<RoomToReturn> quarters) {
    }

    /** The room to come back, one row per career level, its quarters in order. */
    public List<RoomRow> getRoomToReturn() {
        List<RoomToReturn> room = getSummary().wayBack().roomToReturn();
        return java.util.Arrays.stream(CareerLevel.values())
                .map(level -> new RoomRow(level, room.stream().filter(cell -> cell.level() == level).toList()))
                .toList();
    }

    /** "2027 Q2" for each quarter of the room-to-come-back table. */
    public List<String> getRoomQuarters() {
        return getSummary().wayBack().roomToReturn().stream().map(RoomToReturn::quarter).distinct()
                .map(QuarterActivity::label).toList();
    }

    /** The first day of the quarters chart's first quarter: the lists behind that chart start there. */
    public LocalDate getQuartersFrom() {
        QuarterActivity first = getSummary().quarters().get(0);
        return LocalDate.of(first.year(), first.quarter() * 3 - 2, 1);
    }

    /** The filters of the figures shown, for the download links: the files hold what the page shows. */
    public String getExportQuery() {
        ReportSummary shown = getSummary();
        return ReportFilters.query(shown.asOf(), shown.filter());
    }

    public String getSeatFillChart() {
        List<LocalDate> days = ReportSummary.fillDays(summary.asOf());
        JsonArrayBuilder labels = JsonBuilders.array();
        for (int i = 0; i < days.size(); i++) {
            labels.add(i == 0 ? text("report.chart.asOf") + " " + days.get(i) : days.get(i).format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        JsonArrayBuilder datasets = JsonBuilders.array();
        List<String> tiers = summary.seatFillByTier().stream().map(SeatFill::tier).distinct().sorted().toList();
        for (int t = 0; t < tiers.size(); t++) {
            String tier = tiers.get(t);
            JsonArrayBuilder data = JsonBuilders.array();
            for (LocalDate day : days) {
                Long percent = summary.seatFillByTier().stream().filter(row -> row.tier().equals(tier) && row.day().equals(day))
                        .findFirst().map(row -> row.fill().percent()).orElse(null);
                if (percent == null) {
                    data.addNull();
                } else {
                    data.add(percent);
                }
            }
            datasets.add(dataset(text("report.tier." + tier), data, COLOURS[t % COLOURS.length]));
        }
        return chart(labels, datasets, text("report.chart.percent"), 100);
    }

    public String getQuartersChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        summary.quarters().forEach(quarter -> labels.add(quarter.label()));
        JsonArrayBuilder datasets = JsonBuilders.array()
                .add(dataset(text("report.chart.started"), numbers(summary.quarters(), QuarterActivity::started), COLOURS[0]))
                .add(dataset(text("report.chart.completed"), numbers(summary.quarters(), QuarterActivity::completed), COLOURS[2]));
        return chart(labels, datasets, text("report.chart.rotations"), null);
    }

    public String getReintegrationChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        summary.reintegrationDistribution().forEach(bucket -> labels.add(bucket.label() + " " + text("report.chart.days")));
        JsonArrayBuilder datasets = JsonBuilders.array().add(dataset(text("report.chart.returns"),
                numbers(summary.reintegrationDistribution(), ReintegrationBucket::rotations), COLOURS[1]));
        return chart(labels, datasets, text("report.chart.returns"), null);
    }

    public String getParticipationChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder data = JsonBuilders.array();
        summary.participation().forEach(level -> {
            labels.add(text("level." + level.level().name()));
            Long percent = level.rotated().percent();
            if (percent == null) {
                data.addNull();
            } else {
                data.add(percent);
            }
        });
        return chart(labels, JsonBuilders.array().add(dataset(text("report.chart.participation"), data, COLOURS[3])),
                text("report.chart.percent"), 100);
    }

    private static <T> JsonArrayBuilder numbers(List<T> rows, Function<T, Long> value) {
        JsonArrayBuilder data = JsonBuilders.array();
        rows.forEach(row -> data.add(value.apply(row)));
        return data;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JsonBuilders.object().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    /** A bar chart's configuration for Chart.js; texts are JSON strings, never code. */
    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, String axis, Integer max) {
        JsonObjectBuilder y = JsonBuilders.object().add("beginAtZero", true)
                .add("title", JsonBuilders.object().add("display", true).add("text", axis));
        if (max != null) {
            y.add("max", max);
        }
        return JsonBuilders.object()
                .add("type", "bar")
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add("options", JsonBuilders.object()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JsonBuilders.object().add("y", y)))
                .build().toString()
                // The configuration is written into a script: no "</script>" can close it early.
                .replace("<", "\\u003c");
    }

    private static String text(String key) {
        return new Texts().get(key);
    }
}
