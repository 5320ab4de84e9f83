package org.pmorotations.web.report;

import org.pmorotations.service.report.Comparison;
import org.pmorotations.service.report.Participation;
import org.pmorotations.service.report.QuarterActivity;
import org.pmorotations.service.report.Ratio;
import org.pmorotations.service.report.Reintegration;
import org.pmorotations.service.report.ReintegrationBucket;
import org.pmorotations.service.report.ReportFilter;
import org.pmorotations.service.report.ReportSummary;
import org.pmorotations.service.report.RoomToReturn;
import org.pmorotations.service.report.WayBack;
import org.pmorotations.service.report.SeatFill;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import org.pmorotations.web.shared.TableExport;
import org.pmorotations.web.shared.TableExport.Percent;
import org.pmorotations.web.shared.Texts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's figures as files: one {@link ReportSummary}, the one the page shows, rendered as
 * a tidy table (CSV and Excel: one row per figure with its section, detail, day, value, unit and,
 * for a share, its count and whole) or as a one-page A4 PDF (the key figures as on the tiles, the
 * seat fill per PMO and role, the other figures and the quarters as text tables).
 *
 * <p>Nothing here reads the database: the same summary gives the same numbers in every format.
 */
public final class SummaryExport {

    /** Rows of the seat fill per PMO the PDF tries first; fewer if the page would overflow. */
    static final int[] PDF_PMO_ROWS = {40, 32, 24, 12, 0};

    private static final Color LINE = new Color(0xC8, 0xCE, 0xD6);
    private static final Color TILE = new Color(0xEE, 0xF3, 0xF9);

    private final ReportSummary summary;
    private final Texts texts;

    public SummaryExport(ReportSummary summary, Texts texts) {
        this.summary = summary;
        this.texts = texts;
    }

    public List<String> headers() {
        return List.of(texts.get("export.column.section"), texts.get("export.column.figure"), texts.get("export.column.detail"),
                texts.get("export.column.day"), texts.get("export.column.value"), texts.get("export.column.unit"),
                texts.get("export.column.count"), texts.get("export.column.of"));
    }

    /** Every figure of the summary, one row each, in the order of {@link #headers()}. */
    public List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        LocalDate day = summary.asOf();
        String report = texts.get("export.section.report");
        rows.add(row(report, texts.get("export.figure.asOf"), null, day, null, null));
        rows.add(row(report, texts.get("report.filter.tier"), tierText(summary.filter()), day, null, null));
        rows.add(row(report, texts.get("report.filter.pmo"), orAll(summary.filter().pmoCode()), day, null, null));
        rows.add(row(report, texts.get("report.filter.department"), orAll(summary.filter().department()), day, null, null));

        String pipeline = texts.get("export.section.pipeline");
        String rotations = texts.get("export.unit.rotations");
        rows.add(row(pipeline, texts.get("export.figure.activeRotations"), null, day, summary.activeRotations(), rotations));
        rows.add(row(pipeline, texts.get("export.figure.openSeats"), null, day, summary.pipeline().openSeats(),
                texts.get("export.unit.seats")));
        rows.add(row(pipeline, texts.get("export.figure.starts"), null, day, summary.pipeline().startsNext90Days(), rotations));
        rows.add(row(pipeline, texts.get("export.figure.ends"), null, day, summary.pipeline().endsNext90Days(), rotations));

        String risks = texts.get("export.section.risks");
        rows.add(row(risks, texts.get("export.figure.atRisk", summary.atRiskDays()), null, day, summary.risks().atRisk(), rotations));
        rows.add(row(risks, texts.get("export.figure.longStays"), null, day, summary.risks().longStays(), rotations));
        rows.add(row(risks, texts.get("export.figure.overdue"), null, day, summary.risks().overdue(), rotations));

        String outcomes = texts.get("export.section.outcomes");
        rows.add(row(outcomes, texts.get("export.figure.ended"), null, day, summary.outcomes().ended(), rotations));
        rows.add(share(outcomes, texts.get("export.figure.completed"), null, day, summary.outcomes().completed()));
        rows.add(share(outcomes, texts.get("export.figure.curtailed"), null, day, summary.outcomes().curtailed()));
        rows.add(share(outcomes, texts.get("export.figure.extended"), null, day, summary.outcomes().extended()));

        String reintegration = texts.get("export.section.reintegration");
        Reintegration times = summary.reintegration();
        rows.add(row(reintegration, texts.get("export.figure.returns"), null, day, times.returns(), texts.get("export.unit.returns")));
        rows.add(row(reintegration, texts.get("export.figure.median"), null, day, times.medianDays(), texts.get("export.unit.days")));
        rows.add(row(reintegration, texts.get("export.figure.p90"), null, day, times.p90Days(), texts.get("export.unit.days")));
        rows.add(share(reintegration, texts.get("export.figure.reservedEarly"), null, day, times.reservedEarly()));
        for (ReintegrationBucket bucket : summary.reintegrationDistribution()) {
            rows.add(row(reintegration, texts.get("export.figure.distribution"), texts.get("export.detail.days", bucket.label()), day,
                    bucket.rotations(), texts.get("export.unit.returns")));
        }

        String wayBack = texts.get("export.section.wayBack");
        WayBack back = summary.wayBack();
        rows.add(share(wayBack, texts.get("export.figure.intoOpenRole"), null, day, back.intoOpenRole()));
        rows.add(share(wayBack, texts.get("export.figure.intoHomeProject"), null, day, back.intoHomeProject()));
        rows.add(share(wayBack, texts.get("export.figure.backfillsFilled"), null, day, back.backfillsFilled()));
        rows.add(row(wayBack, texts.get("export.figure.daysToFill"), null, day, back.medianDaysToFill(), texts.get("export.unit.days")));
        String room = texts.get("export.section.roomToReturn");
        for (RoomToReturn quarter : back.roomToReturn()) {
            String detail = texts.get("export.detail.quarterLevel", QuarterActivity.label(quarter.quarter()),
                    texts.get("level." + quarter.level().name()));
            rows.add(row(room, texts.get("export.figure.openRoles"), detail, day, quarter.openRoles(), texts.get("export.unit.openRoles")));
            rows.add(row(room, texts.get("export.figure.rotationsEnding"), detail, day, quarter.rotationsEnding(), rotations));
        }

        String careers = texts.get("export.section.careers");
        comparison(rows, careers, texts.get("export.figure.promotion12"), day, summary.promotionWithin12Months());
        comparison(rows, careers, texts.get("export.figure.promotion24"), day, summary.promotionWithin24Months());
        comparison(rows, careers, texts.get("export.figure.retention12"), day, summary.retentionAfter12Months());
        comparison(rows, careers, texts.get("export.figure.retention24"), day, summary.retentionAfter24Months());

        String participation = texts.get("export.section.participation");
        for (Participation level : summary.participation()) {
            rows.add(share(participation, texts.get("export.figure.participation"), texts.get("level." + level.level().name()), day,
                    level.rotated()));
        }

        String byTier = texts.get("export.section.seatFillTier");
        for (SeatFill fill : summary.seatFillByTier()) {
            rows.add(share(byTier, texts.get("export.figure.fill"), texts.get("report.tier." + fill.tier()), fill.day(), fill.fill()));
        }
        String byPmo = texts.get("export.section.seatFillPmo");
        for (SeatFill fill : summary.seatFillByPmo()) {
            rows.add(share(byPmo, texts.get("export.figure.fill"), pmoRole(fill), fill.day(), fill.fill()));
        }

        String quarters = texts.get("export.section.quarters");
        for (QuarterActivity quarter : summary.quarters()) {
            rows.add(row(quarters, texts.get("export.figure.started"), quarter.label(), day, quarter.started(), rotations));
            rows.add(row(quarters, texts.get("export.figure.completedInQuarter"), quarter.label(), day, quarter.completed(), rotations));
        }
        return rows;
    }

    /** The figures as CSV or as an Excel workbook with one tidy sheet. */
    public void writeTable(TableExport.Format format, OutputStream out) throws IOException {
        try (TableExport table = TableExport.open(format, out, texts.get("export.sheet.summary"), headers())) {
            for (Object[] row : rows()) {
                table.row(row);
            }
        }
    }

    /**
     * The one-page PDF. Everything but the seat fill per PMO has a fixed size; that table is cut
     * (saying so) when the page would otherwise overflow, so the summary is always one page.
     */
    public void writePdf(OutputStream out) throws IOException {
        byte[] pdf = null;
        for (int rows : PDF_PMO_ROWS) {
            pdf = pdf(rows);
            if (pages(pdf) == 1) {
                break;
            }
        }
        out.write(pdf);
        out.flush();
    }

    static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    private byte[] pdf(int maxPmoRows) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 32, 32, 30, 30);
        try {
            PdfWriter.getInstance(document, buffer);
            document.addTitle(texts.get("export.pdf.heading"));
            document.addCreator("PMO Rotations");
            document.open();
            document.add(new Paragraph(texts.get("export.pdf.heading"), font(15, Font.BOLD)));
            Paragraph filters = new Paragraph(texts.get("export.pdf.filters", summary.asOf().toString(), tierText(summary.filter()),
                    orAll(summary.filter().pmoCode()), orAll(summary.filter().department())), font(9, Font.NORMAL));
            filters.setSpacingAfter(6);
            document.add(filters);
            document.add(tiles());

            PdfPTable columns = new PdfPTable(new float[]{52, 48});
            columns.setWidthPercentage(100);
            columns.setSpacingBefore(8);
            columns.addCell(frame(seatFillByPmo(maxPmoRows)));
            columns.addCell(frame(figures()));
            document.add(columns);

            document.add(heading(texts.get("report.chart.seatFill")));
            document.add(seatFillByTier());
            document.add(heading(texts.get("report.chart.quarters")));
            document.add(quarters());
            Paragraph footer = new Paragraph(texts.get("export.pdf.footer"), font(7, Font.ITALIC));
            footer.setSpacingBefore(6);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF summary could not be written: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return buffer.toByteArray();
    }

    private PdfPTable tiles() {
        PdfPTable tiles = new PdfPTable(3);
        tiles.setWidthPercentage(100);
        String none = texts.get("report.none");
        Reintegration times = summary.reintegration();
        tile(tiles, texts.get("report.tile.active"), number(summary.activeRotations()), texts.get("report.tile.active.hint"));
        tile(tiles, texts.get("report.tile.openSeats"), number(summary.pipeline().openSeats()),
                texts.get("report.tile.openSeats.hint", summary.pipeline().startsNext90Days(), summary.pipeline().endsNext90Days()));
        tile(tiles, texts.get("report.tile.atRisk"), number(summary.risks().atRisk()),
                texts.get("report.tile.atRisk.hint", summary.atRiskDays(), summary.risks().longStays(), summary.risks().overdue()));
        tile(tiles, texts.get("report.tile.reintegration"), times.medianDays() == null ? none : days(times.medianDays()),
                texts.get("report.tile.reintegration.hint", times.p90Days() == null ? none : days(times.p90Days()),
                        percentOrNone(times.reservedEarly()), times.returns()));
        tile(tiles, texts.get("report.tile.promotion"), percentText(summary.promotionWithin12Months().rotated()),
                texts.get("report.tile.neverRotated", percentOrNone(summary.promotionWithin12Months().neverRotated())));
        tile(tiles, texts.get("report.tile.retention"), percentText(summary.retentionAfter12Months().rotated()),
                texts.get("report.tile.neverRotated", percentOrNone(summary.retentionAfter12Months().neverRotated())));
        return tiles;
    }

    private static void tile(PdfPTable tiles, String label, String figure, String hint) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(TILE);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(2);
        cell.setPadding(5);
        cell.addElement(new Paragraph(label, font(8, Font.BOLD)));
        cell.addElement(new Paragraph(figure, font(16, Font.BOLD)));
        cell.addElement(new Paragraph(hint, font(7, Font.NORMAL)));
        tiles.addCell(cell);
    }

    private PdfPTable seatFillByPmo(int maxRows) {
        PdfPTable table = new PdfPTable(new float[]{26, 17, 23, 11, 11, 12});
        table.setWidthPercentage(100);
        title(table, texts.get("report.seatFill.title"), 6);
        headerCells(table, texts.get("report.seatFill.pmo"), texts.get("report.seatFill.tier"), texts.get("report.seatFill.role"),
                texts.get("report.seatFill.seats"), texts.get("report.seatFill.filled"), texts.get("report.seatFill.rate"));
        List<SeatFill> today = summary.seatFillByPmo().stream().filter(fill -> fill.day().equals(summary.asOf())).toList();
        today.stream().limit(maxRows).forEach(fill -> {
            cell(table, fill.pmoCode(), false);
            cell(table, texts.get("report.tier." + fill.tier()), false);
            cell(table, texts.get("report.role." + fill.role()), false);
            cell(table, number(fill.seats()), true);
            cell(table, number(fill.filled()), true);
            cell(table, percentText(fill.fill()), true);
        });
        if (today.size() > maxRows) {
            PdfPCell cut = new PdfPCell(new Phrase(texts.get("export.pdf.cut", Math.min(maxRows, today.size()), today.size()),
                    font(7, Font.ITALIC)));
            cut.setColspan(6);
            cut.setBorderColor(LINE);
            table.addCell(cut);
        }
        return table;
    }

    private PdfPTable figures() {
        PdfPTable table = new PdfPTable(new float[]{64, 36});
        table.setWidthPercentage(100);
        title(table, texts.get("export.pdf.figures"), 2);
        Reintegration times = summary.reintegration();
        figure(table, texts.get("export.figure.starts"), number(summary.pipeline().startsNext90Days()));
        figure(table, texts.get("export.figure.ends"), number(summary.pipeline().endsNext90Days()));
        figure(table, texts.get("export.figure.longStays"), number(summary.risks().longStays()));
        figure(table, texts.get("export.figure.overdue"), number(summary.risks().overdue()));
        figure(table, texts.get("export.figure.ended"), number(summary.outcomes().ended()));
        figure(table, texts.get("export.figure.completed"), percentText(summary.outcomes().completed()));
        figure(table, texts.get("export.figure.curtailed"), percentText(summary.outcomes().curtailed()));
        figure(table, texts.get("export.figure.extended"), percentText(summary.outcomes().extended()));
        figure(table, texts.get("export.figure.returns"), number(times.returns()));
        figure(table, texts.get("export.figure.p90"), times.p90Days() == null ? texts.get("report.none") : days(times.p90Days()));
        figure(table, texts.get("export.figure.reservedEarly"), percentText(times.reservedEarly()));
        figure(table, texts.get("export.figure.promotion24"), versus(summary.promotionWithin24Months()));
        figure(table, texts.get("export.figure.retention24"), versus(summary.retentionAfter24Months()));
        for (Participation level : summary.participation()) {
            figure(table, texts.get("export.figure.participation") + ": " + texts.get("level." + level.level().name()),
                    percentText(level.rotated()));
        }
        return table;
    }

    private PdfPTable seatFillByTier() {
        List<LocalDate> days = ReportSummary.fillDays(summary.asOf());
        PdfPTable table = new PdfPTable(days.size() + 1);
        table.setWidthPercentage(100);
        String[] header = new String[days.size() + 1];
        header[0] = texts.get("report.seatFill.tier");
        for (int i = 0; i < days.size(); i++) {
            header[i + 1] = days.get(i).toString();
        }
        headerCells(table, header);
        summary.seatFillByTier().stream().map(SeatFill::tier).distinct().sorted().forEach(tier -> {
            cell(table, texts.get("report.tier." + tier), false);
            for (LocalDate day : days) {
                cell(table, summary.seatFillByTier().stream().filter(fill -> fill.tier().equals(tier) && fill.day().equals(day))
                        .findFirst().map(fill -> percentText(fill.fill()) + " (" + fill.filled() + "/" + fill.seats() + ")")
                        .orElse(texts.get("report.none")), true);
            }
        });
        return table;
    }

    private PdfPTable quarters() {
        List<QuarterActivity> quarters = summary.quarters();
        PdfPTable table = new PdfPTable(quarters.size() + 1);
        table.setWidthPercentage(100);
        String[] header = new String[quarters.size() + 1];
        header[0] = texts.get("export.pdf.quarter");
        for (int i = 0; i < quarters.size(); i++) {
            header[i + 1] = quarters.get(i).label();
        }
        headerCells(table, header);
        cell(table, texts.get("export.figure.started"), false);
        quarters.forEach(quarter -> cell(table, number(quarter.started()), true));
        cell(table, texts.get("export.figure.completedInQuarter"), false);
        quarters.forEach(quarter -> cell(table, number(quarter.completed()), true));
        return table;
    }

    private static PdfPCell frame(PdfPTable content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingRight(4);
        return cell;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, font(9, Font.BOLD));
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(3);
        return heading;
    }

    private static void title(PdfPTable table, String text, int columns) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(9, Font.BOLD)));
        cell.setColspan(columns);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(4);
        table.addCell(cell);
    }

    private static void headerCells(PdfPTable table, String... texts) {
        for (String text : texts) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font(7, Font.BOLD)));
            cell.setBorderColor(LINE);
            cell.setBackgroundColor(TILE);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void figure(PdfPTable table, String label, String value) {
        cell(table, label, false);
        cell(table, value, true);
    }

    private static void cell(PdfPTable table, String text, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(7, Font.NORMAL)));
        cell.setBorderColor(LINE);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(2.5f);
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }

    private static Font font(float size, int style) {
        return new Font(Font.HELVETICA, size, style);
    }

    private Object[] row(String section, String figure, String detail, LocalDate day, Object value, String unit) {
        return new Object[]{section, figure, detail, day, value, unit, null, null};
    }

    private Object[] share(String section, String figure, String detail, LocalDate day, Ratio ratio) {
        return new Object[]{section, figure, detail, day, new Percent(ratio.part(), ratio.whole()), texts.get("export.unit.percent"), ratio.part(), ratio.whole()};
    }

    private void comparison(List<Object[]> rows, String section, String figure, LocalDate day, Comparison comparison) {
        rows.add(share(section, figure, texts.get("export.detail.rotated"), day, comparison.rotated()));
        rows.add(share(section, figure, texts.get("export.detail.neverRotated"), day, comparison.neverRotated()));
    }

    private String pmoRole(SeatFill fill) {
        return texts.get("export.detail.pmoRole", fill.pmoCode(), texts.get("report.role." + fill.role()),
                texts.get("report.tier." + fill.tier()));
    }

    private String tierText(ReportFilter filter) {
        return filter.tier() == null ? texts.get("report.filter.all") : texts.get("report.tier." + filter.tier().name());
    }

    private String orAll(String value) {
        return value == null ? texts.get("report.filter.all") : value;
    }

    /** As the dashboard shows a share: a whole percentage, or the dash when there is nothing to count. */
    private String percentText(Ratio ratio) {
        return ratio.percent() == null ? texts.get("report.none") : ratio.percent() + " %";
    }

    private String percentOrNone(Ratio ratio) {
        return ratio.percent() == null ? texts.get("report.none") : ratio.percent().toString();
    }

    private String versus(Comparison comparison) {
        return texts.get("export.pdf.rotatedVsNever", percentOrNone(comparison.rotated()), percentOrNone(comparison.neverRotated()));
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(texts.locale()).format(value);
    }

    /** Days as the dashboard shows them: at most one decimal. */
    private String days(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
