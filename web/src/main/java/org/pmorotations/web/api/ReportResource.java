package org.pmorotations.web.api;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.service.report.Bench;
import org.pmorotations.service.report.BenchRow;
import org.pmorotations.service.report.Comparison;
import org.pmorotations.service.report.Ratio;
import org.pmorotations.service.report.ReportFilter;
import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.ReportSummary;
import org.pmorotations.service.report.SeatFill;
import org.pmorotations.domain.staff.CareerLevel;

import java.util.List;

/**
 * The report figures under {@code /api/v1/reports}, for ADMIN, PMO_MANAGER and LEADER (the
 * service refuses everyone else: 403). A share is {@code {count, of, rate}}, the rate from 0 to
 * 1, null when there is nothing to count.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    /** {@code GET /api/v1/reports/summary?asOf=&tier=&pmo=&department=}; asOf defaults to today. */
    @GET
    @Path("summary")
    public JsonObject summary(@QueryParam("asOf") String asOf, @QueryParam("tier") String tier, @QueryParam("pmo") String pmo,
                              @QueryParam("department") String department) {
        ReportFilter filter = new ReportFilter(QueryParameters.oneOf("tier", tier, PmoTier.class), pmo, department);
        return json(reports.summary(QueryParameters.date("asOf", asOf), filter));
    }

    /** {@code GET /api/v1/reports/bench?asOf=&tier=&pmo=&department=}; asOf defaults to today. */
    @GET
    @Path("bench")
    public JsonObject bench(@QueryParam("asOf") String asOf, @QueryParam("tier") String tier, @QueryParam("pmo") String pmo,
                            @QueryParam("department") String department) {
        ReportFilter filter = new ReportFilter(QueryParameters.oneOf("tier", tier, PmoTier.class), pmo, department);
        Bench bench = reports.bench(QueryParameters.date("asOf", asOf), filter);
        JsonArrayBuilder seats = JsonBuilders.array();
        for (BenchRow row : bench.rows()) {
            JsonObjectBuilder eligible = JsonBuilders.object();
            for (CareerLevel level : CareerLevel.values()) {
                eligible.add(level.name(), row.eligible(level));
            }
            seats.add(JsonBuilders.object().add("pmo", row.pmoCode()).add("pmoName", row.pmoName()).add("tier", row.tier())
                    .add("role", row.role()).add("from", row.from().toString()).add("to", row.to().toString())
                    .add("free", row.free()).add("seats", row.seats()).add("eligible", eligible).add("total", row.total()));
        }
        return JsonBuilders.object().add("asOf", bench.asOf().toString()).add("filter", filter(bench.filter()))
                .add("from", bench.from().toString()).add("to", bench.to().toString()).add("seats", seats).build();
    }

    private static JsonObjectBuilder filter(ReportFilter where) {
        JsonObjectBuilder filter = JsonBuilders.object();
        nullable(filter, "tier", where.tier() == null ? null : where.tier().name());
        nullable(filter, "pmo", where.pmoCode());
        nullable(filter, "department", where.department());
        return filter;
    }

    static JsonObject json(ReportSummary summary) {
        JsonObjectBuilder filter = filter(summary.filter());

        JsonArrayBuilder distribution = JsonBuilders.array();
        summary.reintegrationDistribution().forEach(bucket -> {
            JsonObjectBuilder row = JsonBuilders.object().add("label", bucket.label()).add("fromDays", bucket.fromDays());
            nullable(row, "toDays", bucket.toDays());
            distribution.add(row.add("rotations", bucket.rotations()));
        });
        JsonArrayBuilder participation = JsonBuilders.array();
        summary.participation().forEach(level -> participation.add(ratio(level.rotated()).add("level", level.level().name())));
        JsonArrayBuilder quarters = JsonBuilders.array();
        summary.quarters().forEach(quarter -> quarters.add(JsonBuilders.object().add("year", quarter.year())
                .add("quarter", quarter.quarter()).add("started", quarter.started()).add("completed", quarter.completed())));
        JsonObjectBuilder reintegration = JsonBuilders.object().add("returns", summary.reintegration().returns());
        nullable(reintegration, "medianDays", summary.reintegration().medianDays());
        nullable(reintegration, "p90Days", summary.reintegration().p90Days());
        reintegration.add("reservedEarly", ratio(summary.reintegration().reservedEarly()))
                .add("distribution", distribution);

        return JsonBuilders.object()
                .add("asOf", summary.asOf().toString())
                .add("filter", filter)
                .add("atRiskDays", summary.atRiskDays())
                .add("activeRotations", summary.activeRotations())
                .add("seatFill", JsonBuilders.object()
                        .add("byTier", fills(summary.seatFillByTier()))
                        .add("byPmo", fills(summary.seatFillByPmo())))
                .add("pipeline", JsonBuilders.object()
                        .add("startsNext90Days", summary.pipeline().startsNext90Days())
                        .add("endsNext90Days", summary.pipeline().endsNext90Days())
                        .add("openSeats", summary.pipeline().openSeats()))
                .add("outcomes", JsonBuilders.object()
                        .add("ended", summary.outcomes().ended())
                        .add("completed", ratio(summary.outcomes().completed()))
                        .add("curtailed", ratio(summary.outcomes().curtailed()))
                        .add("extended", ratio(summary.outcomes().extended())))
                .add("timeToReintegrate", reintegration)
                .add("promotion", JsonBuilders.object()
                        .add("within12Months", comparison(summary.promotionWithin12Months()))
                        .add("within24Months", comparison(summary.promotionWithin24Months())))
                .add("retention", JsonBuilders.object()
                        .add("after12Months", comparison(summary.retentionAfter12Months()))
                        .add("after24Months", comparison(summary.retentionAfter24Months())))
                .add("participation", participation)
                .add("risks", JsonBuilders.object()
                        .add("atRisk", summary.risks().atRisk())
                        .add("longStays", summary.risks().longStays())
                        .add("overdue", summary.risks().overdue()))
                .add("quarters", quarters)
                .build();
    }

    private static JsonArrayBuilder fills(List<SeatFill> fills) {
        JsonArrayBuilder rows = JsonBuilders.array();
        fills.forEach(fill -> {
            JsonObjectBuilder row = JsonBuilders.object().add("day", fill.day().toString()).add("tier", fill.tier());
            if (fill.pmoCode() != null) {
                row.add("pmo", fill.pmoCode()).add("role", fill.role());
            }
            row.add("seats", fill.seats()).add("filled", fill.filled()).add("open", fill.open());
            nullable(row, "rate", fill.fill().rate());
            rows.add(row);
        });
        return rows;
    }

    private static JsonObjectBuilder comparison(Comparison comparison) {
        return JsonBuilders.object().add("rotated", ratio(comparison.rotated())).add("neverRotated", ratio(comparison.neverRotated()));
    }

    private static JsonObjectBuilder ratio(Ratio ratio) {
        JsonObjectBuilder json = JsonBuilders.object().add("count", ratio.part()).add("of", ratio.whole());
        nullable(json, "rate", ratio.rate());
        return json;
    }

    private static void nullable(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Double number) {
            json.add(name, number);
        } else if (value instanceof Integer number) {
            json.add(name, number);
        } else {
            json.add(name, value.toString());
        }
    }
}
