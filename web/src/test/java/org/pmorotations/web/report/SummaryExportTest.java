package org.pmorotations.web.report;

import org.pmorotations.service.report.Comparison;
import org.pmorotations.service.report.Outcomes;
import org.pmorotations.service.report.Participation;
import org.pmorotations.service.report.Pipeline;
import org.pmorotations.service.report.QuarterActivity;
import org.pmorotations.service.report.Ratio;
import org.pmorotations.service.report.Reintegration;
import org.pmorotations.service.report.ReintegrationBucket;
import org.pmorotations.service.report.ReportFilter;
import org.pmorotations.service.report.ReportSummary;
import org.pmorotations.service.report.RiskCounts;
import org.pmorotations.service.report.RoomToReturn;
import org.pmorotations.service.report.WayBack;
import org.pmorotations.service.report.SeatFill;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.web.shared.TableExport;
import org.pmorotations.web.shared.Texts;
import org.pmorotations.domain.staff.CareerLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryExportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    /** A summary with distinct numbers, so that each figure is found where it belongs; {@code pmos} PMOs with two roles each. */
    static ReportSummary summary(int pmos, ReportFilter filter) {
        List<SeatFill> byTier = new ArrayList<>();
        List<SeatFill> byPmo = new ArrayList<>();
        for (LocalDate day : ReportSummary.fillDays(AS_OF)) {
            byTier.add(new SeatFill(day, "DEPARTMENT", null, null, 40, 31, 0, 9));
            byTier.add(new SeatFill(day, "ENTERPRISE", null, null, 8, 0, 0, 8));
            for (int i = 0; i < pmos; i++) {
                byPmo.add(new SeatFill(day, "DEPARTMENT", "PMO-" + i, "PMO_ANALYST", 4, 3, 0, 1));
                byPmo.add(new SeatFill(day, "DEPARTMENT", "PMO-" + i, "PMO_MANAGER", 1, 0, 0, 1));
            }
        }
        List<Participation> participation = Arrays.stream(CareerLevel.values())
                .map(level -> new Participation(level, new Ratio(level.rank(), 50))).toList();
        List<QuarterActivity> quarters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            quarters.add(new QuarterActivity(2024 + (i + 3) / 4, (i + 3) % 4 + 1, 100 + i, 200 + i));
        }
        List<RoomToReturn> room = new ArrayList<>();
        for (LocalDate quarter : ReportSummary.fillDays(AS_OF).subList(1, 5)) {
            for (CareerLevel level : CareerLevel.values()) {
                room.add(new RoomToReturn(quarter, level, 300 + level.rank(), 400 + quarter.getMonthValue()));
            }
        }
        return new ReportSummary(AS_OF, filter, 60, 137,
                byTier, byPmo,
                new Pipeline(11, 13, 17),
                new Outcomes(91, new Ratio(70, 91), new Ratio(21, 91), new Ratio(9, 91)),
                new Reintegration(64, 12.5, 47.3, new Ratio(48, 64)),
                List.of(new ReintegrationBucket(0, 0, 5), new ReintegrationBucket(1, 30, 40), new ReintegrationBucket(31, null, 19)),
                new WayBack(new Ratio(26, 64), new Ratio(41, 64), new Ratio(15, 18), 33.5, room),
                new Comparison(new Ratio(19, 50), new Ratio(7, 70)),
                new Comparison(new Ratio(29, 40), new Ratio(11, 70)),
                new Comparison(new Ratio(47, 50), new Ratio(0, 0)),
                new Comparison(new Ratio(33, 40), new Ratio(61, 70)),
                participation,
                new RiskCounts(23, 29, 31),
                quarters);
    }

    private static String csv(ReportSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryExport(summary, TEXTS).writeTable(TableExport.Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(ReportSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryExport(summary, TEXTS).writePdf(out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void csvHasOneRowPerFigureWithItsCountAndWhole() throws IOException {
        String csv = csv(summary(3, new ReportFilter(PmoTier.DEPARTMENT, "fin-pmo", "Finance")));
        assertTrue(csv.startsWith("\uFEFFSection,Figure,Detail,Day,Value,Unit,Count,Of\r\n"), csv);
        assertTrue(csv.contains("\r\nReport,PMO tier,Department,2026-11-26,,,,\r\n"), csv);
        assertTrue(csv.contains("\r\nReport,PMO,FIN-PMO,2026-11-26,,,,\r\n"), csv);
        assertTrue(csv.contains("\r\nPipeline,Active rotations,,2026-11-26,137,rotations,,\r\n"), csv);
        assertTrue(csv.contains("\r\nPipeline,Open seats,,2026-11-26,17,seats,,\r\n"), csv);
        assertTrue(csv.contains("\r\nRisks,Ending within 60 days without a return placement,,2026-11-26,23,rotations,,\r\n"), csv);
        assertTrue(csv.contains("\r\nOutcomes,Completed,,2026-11-26,77,%,70,91\r\n"), csv);
        assertTrue(csv.contains("\r\nTime to reintegrate,Median days to reintegrate,,2026-11-26,12.5,days,,\r\n"), csv);
        assertTrue(csv.contains("\r\nTime to reintegrate,Returns after,> 30 days,2026-11-26,19,returns,,\r\n"), csv);
        assertTrue(csv.contains("\r\nPromotion and retention,Promoted within 12 months after return,Rotated,2026-11-26,38,%,19,50\r\n"), csv);
        assertTrue(csv.contains("\r\nPromotion and retention,Still active 12 months after return,Never rotated,2026-11-26,,%,0,0\r\n"),
                "a share of nothing is empty, not 0: " + csv);
        assertTrue(csv.contains("\r\nParticipation,Have done a rotation,Portfolio manager,2026-11-26,10,%,5,50\r\n"), csv);
        assertTrue(csv.contains("\r\nSeat fill per tier,Fill rate,Department,2027-01-01,78,%,31,40\r\n"), csv);
        assertTrue(csv.contains("\r\nSeat fill per PMO and role,Fill rate,\"PMO-2, PMO analyst (Department)\",2026-11-26,75,%,3,4\r\n"), csv);
        assertTrue(csv.contains("\r\nRotations per quarter,Completed,2026 Q3,2026-11-26,207,rotations,,\r\n"), csv);
        assertTrue(csv.contains("\r\nThe way back,Returns into a matched open role,,2026-11-26,41,%,26,64\r\n"), csv);
        assertTrue(csv.contains("\r\nThe way back,Returns to the home project,,2026-11-26,64,%,41,64\r\n"), csv);
        assertTrue(csv.contains("\r\nThe way back,Backfills filled,,2026-11-26,83,%,15,18\r\n"), csv);
        assertTrue(csv.contains("\r\nThe way back,Median days to fill a backfill,,2026-11-26,33.5,days,,\r\n"), csv);
        assertTrue(csv.contains("\r\nRoom to come back,Open roles wanted,\"2027 Q2, Program manager\",2026-11-26,304,open roles,,\r\n"), csv);
        assertTrue(csv.contains("\r\nRoom to come back,Rotations ending,\"2027 Q2, Program manager\",2026-11-26,404,rotations,,\r\n"), csv);
    }

    @Test
    void workbookHoldsTheSameRowsWithNumbersAsNumbers() throws IOException {
        ReportSummary summary = summary(3, ReportFilter.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryExport export = new SummaryExport(summary, TEXTS);
        export.writeTable(TableExport.Format.XLSX, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Dashboard");
            assertEquals(export.rows().size(), sheet.getLastRowNum());
            Row active = find(sheet, "Active rotations", null);
            assertEquals(137.0, active.getCell(4).getNumericCellValue());
            assertEquals(AS_OF, active.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            Row completed = find(sheet, "Completed", null);
            assertEquals(70.0 / 91, completed.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(70.0, completed.getCell(6).getNumericCellValue());
            assertEquals(91.0, completed.getCell(7).getNumericCellValue());
            assertEquals("All", find(sheet, "Department", null).getCell(2).getStringCellValue());
        }
    }

    private static Row find(Sheet sheet, String figure, String detail) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(figure)
                    && (detail == null || row.getCell(2).getStringCellValue().equals(detail))) {
                return row;
            }
        }
        throw new AssertionError("No row " + figure);
    }

    @Test
    void pdfIsOnePageWithTheFiguresOfTheTiles() throws IOException {
        byte[] pdf = pdf(summary(10, new ReportFilter(null, null, "Finance")));
        assertEquals(1, SummaryExport.pages(pdf));
        String text = pdfText(pdf);
        assertTrue(text.contains("PMO Rotations: dashboard summary"), text);
        assertTrue(text.contains("Figures as of 2026-11-26. PMO tier: All. PMO: All. Department: Finance."), text);
        assertTrue(text.contains("Active rotations") && text.contains("137"), text);
        assertTrue(text.contains("Open seats") && text.contains("17"), text);
        assertTrue(text.contains("23"), "at risk: " + text);
        assertTrue(text.contains("12.5"), "median days: " + text);
        assertTrue(text.contains("38 %"), "promoted within 12 months: " + text);
        assertTrue(text.contains("94 %"), "retained 12 months: " + text);
        assertTrue(text.contains("PMO-9"), "the seat fill per PMO: " + text);
        assertTrue(text.contains("211"), "the quarters: " + text);
    }

    @Test
    void pdfStaysOnePageWithManyPmosAndSaysWhatIsLeftOut() throws IOException {
        byte[] pdf = pdf(summary(150, ReportFilter.NONE));
        assertEquals(1, SummaryExport.pages(pdf));
        String text = pdfText(pdf);
        assertTrue(text.contains("of 300 rows; all of them are in the CSV and Excel downloads"), text);
        assertTrue(text.contains("PMO-0"), text);
        assertTrue(!text.contains("PMO-149"), text);
    }
}
