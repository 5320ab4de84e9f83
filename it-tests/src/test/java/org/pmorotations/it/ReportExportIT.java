package org.pmorotations.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloads of the reports for the demo data: the dashboard's CSV, Excel and PDF carry the
 * same figures as {@code GET /api/v1/reports/summary} for the same day and filters; the at-risk
 * lists hold as many rows as the summary counts; the staff directory's download holds everyone
 * matching its filter, not one page. Who may download; malformed filters.
 */
@ExtendWith(ArquillianExtension.class)
class ReportExportIT {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL base;

    private WebSession signedIn(String user) throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> signIn = session.signIn(user, WebSession.DEMO_PASSWORD);
        assertEquals(302, signIn.statusCode(), "signed in as " + user);
        return session;
    }

    private JsonObject api(String path) throws Exception {
        HttpResponse<String> response = new WebSession(base).getAs(path, "leader", WebSession.DEMO_PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<byte[]> download(WebSession session, String path, String type, String fileName) throws Exception {
        HttpResponse<byte[]> response = session.download(path);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type));
        assertEquals("attachment; filename=\"" + fileName + "\"", response.headers().firstValue("Content-Disposition").orElse(""));
        return response;
    }

    /** RFC 4180 as a spreadsheet reads it: quoted fields with doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the file ends with a line end");
        return rows;
    }

    private static String utf8WithBom(byte[] body) {
        assertTrue(body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF,
                "UTF-8 with a byte order mark, so that spreadsheets read accents");
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }

    /** Figure rows by "section|figure|detail|day": {value, count, of} as the CSV writes them. */
    private static Map<String, String[]> figures(List<List<String>> rows) {
        assertEquals(List.of("Section", "Figure", "Detail", "Day", "Value", "Unit", "Count", "Of"), rows.get(0));
        Map<String, String[]> figures = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(8, row.size(), row.toString());
            String key = row.get(0) + "|" + row.get(1) + "|" + row.get(2) + "|" + row.get(3);
            assertFalse(figures.containsKey(key), "one row per figure: " + key);
            figures.put(key, new String[]{row.get(4), row.get(6), row.get(7)});
        }
        return figures;
    }

    private static String value(Map<String, String[]> figures, String key) {
        String[] row = figures.get(key);
        assertTrue(row != null, "the export has " + key + ": " + figures.keySet());
        return row[0];
    }

    private static void assertShare(Map<String, String[]> figures, String key, JsonObject share) {
        String[] row = figures.get(key);
        assertTrue(row != null, "the export has " + key);
        assertEquals(String.valueOf(share.getJsonNumber("count").longValue()), row[1], key + " count");
        assertEquals(String.valueOf(share.getJsonNumber("of").longValue()), row[2], key + " of");
        long count = share.getJsonNumber("count").longValue();
        long of = share.getJsonNumber("of").longValue();
        String percent = of == 0 ? "" : String.valueOf(Math.round(100.0 * count / of));
        assertEquals(percent, row[0], key + " percent");
    }

    private static long number(JsonObject object, String name) {
        return object.getJsonNumber(name).longValue();
    }

    @Test
    void dashboardDownloadsCarryTheFiguresOfTheApi() throws Exception {
        LocalDate today = LocalDate.now();
        WebSession leader = signedIn("leader");
        JsonObject summary = api("/api/v1/reports/summary?asOf=" + today);
        String csvText = utf8WithBom(download(leader, "/reports/export/summary.csv?asOf=" + today, CSV,
                "pmo-rotations-summary-" + today + ".csv").body());
        byte[] xlsx = download(leader, "/reports/export/summary.xlsx?asOf=" + today, XLSX,
                "pmo-rotations-summary-" + today + ".xlsx").body();
        byte[] pdf = download(leader, "/reports/export/summary.pdf?asOf=" + today, "application/pdf",
                "pmo-rotations-summary-" + today + ".pdf").body();
        assertEquals(summary, api("/api/v1/reports/summary?asOf=" + today), "nothing changed the figures meanwhile");

        List<List<String>> csvRows = parseCsv(csvText);
        Map<String, String[]> csv = figures(csvRows);
        String day = "|" + today;
        assertTrue(summary.getJsonNumber("activeRotations").longValue() > 0, "the demo data has rotations under way");
        assertEquals(String.valueOf(number(summary, "activeRotations")), value(csv, "Pipeline|Active rotations|" + day));
        JsonObject pipeline = summary.getJsonObject("pipeline");
        assertEquals(String.valueOf(number(pipeline, "openSeats")), value(csv, "Pipeline|Open seats|" + day));
        assertEquals(String.valueOf(number(pipeline, "startsNext90Days")), value(csv, "Pipeline|Rotations starting in the next 90 days|" + day));
        assertEquals(String.valueOf(number(pipeline, "endsNext90Days")), value(csv, "Pipeline|Rotations ending in the next 90 days|" + day));
        JsonObject risks = summary.getJsonObject("risks");
        assertEquals(String.valueOf(number(risks, "atRisk")), value(csv, "Risks|Ending within " + summary.getInt("atRiskDays")
                + " days without a return placement|" + day));
        assertEquals(String.valueOf(number(risks, "longStays")), value(csv, "Risks|In a PMO for more than 24 months|" + day));
        assertEquals(String.valueOf(number(risks, "overdue")), value(csv, "Risks|Overdue: the planned end has passed, not completed|" + day));
        JsonObject outcomes = summary.getJsonObject("outcomes");
        assertEquals(String.valueOf(number(outcomes, "ended")), value(csv, "Outcomes|Rotations ended|" + day));
        assertShare(csv, "Outcomes|Completed|" + day, outcomes.getJsonObject("completed"));
        assertShare(csv, "Outcomes|Curtailed|" + day, outcomes.getJsonObject("curtailed"));
        assertShare(csv, "Outcomes|Extended at least once|" + day, outcomes.getJsonObject("extended"));
        JsonObject reintegration = summary.getJsonObject("timeToReintegrate");
        assertEquals(String.valueOf(number(reintegration, "returns")), value(csv, "Time to reintegrate|Returns|" + day));
        assertEquals(reintegration.getJsonNumber("medianDays").bigDecimalValue().stripTrailingZeros().toPlainString(),
                value(csv, "Time to reintegrate|Median days to reintegrate|" + day));
        assertShare(csv, "Time to reintegrate|Returns reserved 60 or more days before the end|" + day,
                reintegration.getJsonObject("reservedEarly"));
        JsonObject promotion = summary.getJsonObject("promotion");
        assertShare(csv, "Promotion and retention|Promoted within 12 months after return|Rotated" + day,
                promotion.getJsonObject("within12Months").getJsonObject("rotated"));
        assertShare(csv, "Promotion and retention|Promoted within 12 months after return|Never rotated" + day,
                promotion.getJsonObject("within12Months").getJsonObject("neverRotated"));
        JsonObject retention = summary.getJsonObject("retention");
        assertShare(csv, "Promotion and retention|Still active 24 months after return|Rotated" + day,
                retention.getJsonObject("after24Months").getJsonObject("rotated"));
        Map<String, String> levels = Map.of("PROJECT_COORDINATOR", "Project coordinator", "PROJECT_MANAGER", "Project manager",
                "SENIOR_PROJECT_MANAGER", "Senior project manager", "PROGRAM_MANAGER", "Program manager",
                "PORTFOLIO_MANAGER", "Portfolio manager");
        for (JsonValue level : summary.getJsonArray("participation")) {
            JsonObject share = level.asJsonObject();
            assertShare(csv, "Participation|Have done a rotation|" + levels.get(share.getString("level")) + day, share);
        }
        int pmoRows = 0;
        for (JsonValue fill : summary.getJsonObject("seatFill").getJsonArray("byPmo")) {
            JsonObject row = fill.asJsonObject();
            String role = row.getString("role").equals("PMO_ANALYST") ? "PMO analyst" : "PMO manager";
            String tier = row.getString("tier").charAt(0) + row.getString("tier").substring(1).toLowerCase();
            String[] exported = csv.get("Seat fill per PMO and role|Fill rate|" + row.getString("pmo") + ", " + role + " (" + tier + ")|"
                    + row.getString("day"));
            assertTrue(exported != null, "seat fill of " + row);
            assertEquals(String.valueOf(number(row, "filled")), exported[1]);
            assertEquals(String.valueOf(number(row, "seats")), exported[2]);
            pmoRows++;
        }
        assertTrue(pmoRows > 0);
        assertEquals(24, csv.keySet().stream().filter(key -> key.startsWith("Rotations per quarter|")).count(),
                "started and completed of twelve quarters");

        // The workbook holds the same table, numbers as numbers.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(csvRows.size() - 1, sheet.getLastRowNum());
            for (Row row : sheet) {
                List<String> line = csvRows.get(row.getRowNum());
                assertEquals(line.get(1), row.getCell(1).getStringCellValue());
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertEquals(line.get(3), row.getCell(3).getLocalDateTimeCellValue().toLocalDate().toString());
                Cell value = row.getCell(4);
                if (line.get(5).equals("%")) {
                    long count = (long) row.getCell(6).getNumericCellValue();
                    long of = (long) row.getCell(7).getNumericCellValue();
                    assertEquals(line.get(6), String.valueOf(count));
                    assertEquals(line.get(7), String.valueOf(of));
                    if (of == 0) {
                        assertEquals(null, value, "a share of nothing is empty");
                    } else {
                        assertEquals((double) count / of, value.getNumericCellValue(), 1e-12, line.toString());
                    }
                } else if (!line.get(4).isEmpty()) {
                    assertEquals(CellType.NUMERIC, value.getCellType(), line.toString());
                    assertEquals(Double.parseDouble(line.get(4)), value.getNumericCellValue(), 1e-9, line.toString());
                }
            }
        }

        // The PDF is one page with the tiles' figures.
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("Figures as of " + today + "."), text);
            assertTrue(text.contains("Active rotations"), text);
            assertTrue(text.contains(String.format(java.util.Locale.ENGLISH, "%,d", number(summary, "activeRotations"))), text);
            assertTrue(text.contains(String.format(java.util.Locale.ENGLISH, "%,d", number(pipeline, "openSeats"))), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void aFilteredDownloadHasTheFilteredFigures() throws Exception {
        LocalDate today = LocalDate.now();
        WebSession manager = signedIn("pmo.manager");
        JsonObject enterprise = api("/api/v1/reports/summary?asOf=" + today + "&tier=ENTERPRISE");
        JsonObject all = api("/api/v1/reports/summary?asOf=" + today);
        Map<String, String[]> csv = figures(parseCsv(utf8WithBom(download(manager,
                "/reports/export/summary.csv?asOf=" + today + "&tier=enterprise", CSV, "pmo-rotations-summary-" + today + ".csv").body())));
        assertEquals("Enterprise", csv.keySet().stream().filter(key -> key.startsWith("Report|PMO tier|")).findFirst().orElseThrow()
                .split("\\|")[2]);
        assertEquals(String.valueOf(number(enterprise, "activeRotations")), value(csv, "Pipeline|Active rotations||" + today));
        assertTrue(number(enterprise, "activeRotations") < number(all, "activeRotations"), "the filter changes the figure");
    }

    @Test
    void atRiskDownloadsHoldEveryRotationTheSummaryCounts() throws Exception {
        // The day the next rotation without a return placement ends: at least that one is at risk then.
        LocalDate today = LocalDate.parse(Database.strings("SELECT MIN(COALESCE(actual_end, planned_end)) FROM rotation"
                + " WHERE status IN ('APPROVED', 'ACTIVE', 'CURTAILED') AND return_placement_id IS NULL"
                + " AND COALESCE(actual_end, planned_end) >= ?", LocalDate.now()).get(0));
        WebSession admin = signedIn("admin");
        JsonObject risks = api("/api/v1/reports/summary?asOf=" + today).getJsonObject("risks");
        List<List<String>> rows = parseCsv(utf8WithBom(download(admin, "/reports/export/at-risk.csv?asOf=" + today, CSV,
                "pmo-rotations-at-risk-" + today + ".csv").body()));
        assertEquals(List.of("List", "Name", "Employee number", "PMO", "Role", "Start", "End", "Status", "Action"), rows.get(0));
        Map<String, Long> perList = new HashMap<>();
        rows.subList(1, rows.size()).forEach(row -> perList.merge(row.get(0), 1L, Long::sum));
        assertEquals(number(risks, "atRisk"), perList.getOrDefault("Ending without a return placement", 0L));
        assertEquals(number(risks, "longStays"), perList.getOrDefault("In a PMO for more than 24 months", 0L));
        assertEquals(number(risks, "overdue"), perList.getOrDefault("Overdue", 0L));
        assertTrue(number(risks, "atRisk") > 0, "the demo data has a rotation at risk on " + today);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(row.get(4).startsWith("PMO "), "the role as the page shows it: " + row);
            // Names are compared with the stored ones below (one typed with markup is kept as typed, as text).
            assertFalse(String.join("", row.subList(1, row.size())).contains("<"), "texts, not the page's markup: " + row);
        }

        byte[] xlsx = download(admin, "/reports/export/at-risk.xlsx?asOf=" + today, XLSX, "pmo-rotations-at-risk-" + today + ".xlsx").body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(rows.size() - 1, workbook.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void directoryDownloadHoldsEveryoneMatchingNotOnePage() throws Exception {
        String department = Database.strings("SELECT department FROM staff GROUP BY department ORDER BY COUNT(*) DESC").get(0);
        WebSession leader = signedIn("leader");
        HttpResponse<String> page = leader.get("/staff/index.xhtml?department=" + java.net.URLEncoder.encode(department, StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("directoryForm", "directoryForm");
        form.put("directoryForm:q", "");
        form.put("directoryForm:level", "");
        form.put("directoryForm:department", department);
        form.put("directoryForm:downloadCsv", "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page.body()));
        form.put("primefaces.nonce", WebSession.nonce(page.body()));
        HttpResponse<String> response = leader.post("/staff/index.xhtml", form);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(CSV), response.body());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"pmo-rotations-staff-"));

        List<List<String>> rows = parseCsv(response.body().substring(1));
        assertEquals(List.of("Name", "Employee number", "Career level", "Department", "Current position", "Months since last rotation"),
                rows.get(0));
        long matching = Database.count("SELECT COUNT(*) FROM staff WHERE department = ?", department);
        assertTrue(matching > 25, "more people than one page of the table shows");
        assertEquals(matching, rows.size() - 1);
        List<String> names = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(department, row.get(3));
            assertTrue(List.of("Project coordinator", "Project manager", "Senior project manager", "Program manager", "Portfolio manager")
                    .contains(row.get(2)), "the level as the page shows it: " + row);
            // Names are compared with the stored ones below (one typed with markup is kept as typed, as text).
            assertFalse(String.join("", row.subList(1, row.size())).contains("<"), "texts, not the page's markup: " + row);
            names.add(row.get(0));
        }
        assertEquals(Database.strings("SELECT full_name FROM staff WHERE department = ? ORDER BY full_name, employee_number", department),
                names, "in the table's order (by name)");
    }

    @Test
    void onlyReadersOfReportsMayDownloadAndMalformedFiltersAre400() throws Exception {
        WebSession staff = signedIn("staff");
        assertEquals(403, staff.download("/reports/export/summary.csv").statusCode());
        assertEquals(403, staff.download("/reports/export/summary.pdf").statusCode());
        assertEquals(403, staff.download("/reports/export/at-risk.xlsx").statusCode());

        HttpResponse<byte[]> anonymous = new WebSession(base).download("/reports/export/summary.pdf");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"));

        WebSession leader = signedIn("leader");
        HttpResponse<byte[]> badDate = leader.download("/reports/export/summary.xlsx?asOf=2027-13-01");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem;
        try (JsonReader reader = Json.createReader(new StringReader(new String(badDate.body(), StandardCharsets.UTF_8)))) {
            problem = reader.readObject();
        }
        assertEquals("asOf", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("2027-03-01"), problem.toString());

        HttpResponse<byte[]> badTier = leader.download("/reports/export/at-risk.csv?tier=GALAXY");
        assertEquals(400, badTier.statusCode());
        assertTrue(new String(badTier.body(), StandardCharsets.UTF_8).contains("\"field\":\"tier\""));

        assertEquals(404, leader.download("/reports/export/summary.exe").statusCode());
        assertEquals(404, leader.download("/reports/export/at-risk.pdf").statusCode());
    }
}
