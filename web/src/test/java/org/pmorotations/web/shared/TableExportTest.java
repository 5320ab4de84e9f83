package org.pmorotations.web.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pmorotations.web.shared.TableExport.Format;
import org.pmorotations.web.shared.TableExport.Percent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableExportTest {

    private static final List<String> HEADERS = List.of("Name", "Count", "Day", "Share", "Days");

    private static byte[] export(Format format, Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.open(format, out, "People: [all]", HEADERS)) {
            for (Object[] row : rows) {
                table.row(row);
            }
        }
        return out.toByteArray();
    }

    @Test
    void csvIsRfc4180WithAByteOrderMarkAndCrlf() throws IOException {
        byte[] csv = export(Format.CSV,
                new Object[]{"Núñez, Ana", 3L, LocalDate.of(2026, 11, 26), new Percent(5, 12), 12.5},
                new Object[]{"Say \"hi\"", 0, null, new Percent(0, 0), 30.0},
                new Object[]{"two\nlines", null, null, new Percent(57, 200), null});
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("Name,Count,Day,Share,Days\r\n"
                + "\"Núñez, Ana\",3,2026-11-26,42,12.5\r\n"
                + "\"Say \"\"hi\"\"\",0,,,30\r\n"
                + "\"two\nlines\",,,29,\r\n", text);
    }

    @Test
    void csvTextsThatASpreadsheetWouldRunAsAFormulaStayTexts() throws IOException {
        String text = new String(export(Format.CSV,
                new Object[]{"=HYPERLINK(\"http://evil.example\",\"click\")"},
                new Object[]{"+1+2"}, new Object[]{"-2+3"}, new Object[]{"@SUM(A1)"}, new Object[]{"\tTab"},
                new Object[]{"Anne-Marie = fine"}, new Object[]{"x", -5L}), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n"), text);
        assertTrue(text.contains("\r\n'+1+2\r\n"), text);
        assertTrue(text.contains("\r\n'-2+3\r\n"), text);
        assertTrue(text.contains("\r\n'@SUM(A1)\r\n"), text);
        assertTrue(text.contains("\r\n'\tTab\r\n"), text);
        assertTrue(text.contains("\r\nAnne-Marie = fine\r\n"), "only a leading sign makes a formula: " + text);
        assertTrue(text.contains("\r\nx,-5\r\n"), "a negative number is a number, not a text to guard: " + text);
    }

    @Test
    void workbookHasNumbersAsNumbersDatesAsDatesAndFormulaLikeNamesAsText() throws IOException {
        byte[] xlsx = export(Format.XLSX,
                new Object[]{"=HYPERLINK(\"http://evil.example\")", 3L, LocalDate.of(2026, 11, 26), new Percent(1, 4), 12.5},
                new Object[]{"Núñez", null, null, new Percent(0, 0), null});
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("People   all", sheet.getSheetName(), "characters Excel refuses in a sheet name are replaced");
            assertEquals("Count", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");

            Row first = sheet.getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://evil.example\")", first.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(3.0, first.getCell(1).getNumericCellValue());
            Cell day = first.getCell(2);
            assertTrue(DateUtil.isCellDateFormatted(day));
            assertEquals(LocalDate.of(2026, 11, 26), day.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", day.getCellStyle().getDataFormatString());
            assertEquals(0.25, first.getCell(3).getNumericCellValue());
            assertEquals("0%", first.getCell(3).getCellStyle().getDataFormatString());
            assertEquals(12.5, first.getCell(4).getNumericCellValue());

            Row second = sheet.getRow(2);
            assertEquals("Núñez", second.getCell(0).getStringCellValue());
            assertEquals(null, second.getCell(1), "an empty cell is left out, not written as 0");
            assertEquals(null, second.getCell(3), "a share of nothing is empty, not 0 %");
            assertTrue(sheet.getColumnWidth(0) > sheet.getColumnWidth(1), "columns are as wide as their texts");
            assertFalse(sheet.getPaneInformation() == null, "the header row stays in view");
        }
    }

    @Test
    void aLongTableIsWrittenWithoutKeepingItAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = 20_000;
        try (TableExport table = TableExport.open(Format.XLSX, out, "Staff", HEADERS)) {
            for (int i = 0; i < rows; i++) {
                table.row("Person " + i, (long) i, LocalDate.of(2020, 1, 1).plusDays(i % 1000), new Percent(1, 2), 1.5);
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(rows, sheet.getLastRowNum());
            assertEquals("Person 19999", sheet.getRow(rows).getCell(0).getStringCellValue());
        }
    }

    @Test
    void fileNamesSayWhatAndWhen() {
        assertEquals("pmo-rotations-summary-2026-11-26.pdf", TableExport.fileName("summary", LocalDate.of(2026, 11, 26), "PDF"));
        assertEquals(Format.XLSX, Format.ofExtension("XLSX").orElseThrow());
        assertTrue(Format.ofExtension("exe").isEmpty());
    }
}
