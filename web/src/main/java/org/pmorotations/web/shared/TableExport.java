package org.pmorotations.web.shared;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table written row by row as CSV or as an Excel workbook, so that a list of any length is
 * exported in bounded memory (the CSV goes straight to the stream; the workbook keeps a window of
 * {@value #ROWS_IN_MEMORY} rows and writes the rest to a temporary file until it is closed).
 *
 * <p>Cells are texts, whole or decimal numbers, {@link LocalDate}s, {@link Percent}s or null
 * (empty). In the CSV (RFC 4180, UTF-8 with a byte order mark so that Excel and LibreOffice read
 * accents, CRLF line ends) a date is written 2027-03-01 and a share as its whole percentage; in
 * the workbook numbers are numbers, dates real dates shown 2027-03-01 and shares fractions shown
 * as percentages, so that they sum and sort.
 *
 * <p>A text that a spreadsheet would take for a formula (it starts with = + - @, a tab or a
 * carriage return) is written with a leading apostrophe in the CSV, which keeps it a text: a name
 * such as {@code =HYPERLINK(...)} is never run. The workbook stores every text as a string cell,
 * never a formula, so it needs no such guard.
 */
public abstract class TableExport implements Closeable {

    static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_COLUMN_CHARS = 60;

    /**
     * A share for the export: {@code part} of {@code whole}, shown as a whole percentage rounded as
     * the pages round it; empty when there is nothing to count (whole 0).
     */
    public record Percent(long part, long whole) {

        /** The rate from 0 to 1, or null for a share of nothing. */
        public Double rate() {
            return whole == 0 ? null : (double) part / whole;
        }

        /** The whole percentage, or null for a share of nothing. */
        public Long percent() {
            return whole == 0 ? null : Math.round(100.0 * part / whole);
        }
    }

    /** The formats a table is exported in, with what the download says about itself. */
    public enum Format {
        CSV("csv", "text/csv;charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        /** The format of a file name's extension (csv, xlsx; any case). */
        public static Optional<Format> ofExtension(String extension) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** Starts the table: its sheet's name (the workbook's only sheet) and the header row. */
    public static TableExport open(Format format, OutputStream out, String sheetName, List<String> headers) throws IOException {
        TableExport table = format == Format.CSV ? new Csv(out) : new Xlsx(out, sheetName, headers.size());
        table.row(headers.toArray());
        return table;
    }

    /** One row: as many cells as the header has (fewer leave the rest empty). */
    public abstract void row(Object... cells) throws IOException;

    /** The CSV text of a cell, guarded against formulas and quoted where RFC 4180 asks. */
    static String csvField(Object cell) {
        String text;
        if (cell == null) {
            return "";
        } else if (cell instanceof Percent percent) {
            text = percent.percent() == null ? "" : percent.percent().toString();
        } else if (cell instanceof Double number) {
            text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        } else if (cell instanceof Number || cell instanceof LocalDate) {
            text = cell.toString();
        } else {
            text = guarded(cell.toString());
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A text a spreadsheet would read as a formula gets a leading apostrophe. */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static final class Csv extends TableExport {

        private final Writer writer;

        Csv(OutputStream out) throws IOException {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
        }

        @Override
        public void row(Object... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(csvField(cells[i]));
            }
            writer.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class Xlsx extends TableExport {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        private final SXSSFSheet sheet;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle percent;
        private final CellStyle decimal;
        private final int[] widths;
        private int rows;

        Xlsx(OutputStream out, String sheetName, int columns) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName(sheetName));
            this.widths = new int[columns];
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            sheet.createFreezePane(0, 1);
        }

        /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
        private static String sheetName(String name) {
            String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
            safe = safe.isEmpty() ? "Export" : safe;
            return safe.length() > 31 ? safe.substring(0, 31) : safe;
        }

        @Override
        public void row(Object... cells) {
            Row row = sheet.createRow(rows);
            for (int i = 0; i < cells.length; i++) {
                Object value = cells[i];
                if (value == null || (value instanceof Percent share && share.rate() == null)) {
                    continue;
                }
                Cell cell = row.createCell(i);
                int chars;
                if (value instanceof Percent share) {
                    cell.setCellValue(share.rate());
                    cell.setCellStyle(percent);
                    chars = 5;
                } else if (value instanceof Double number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(decimal);
                    chars = 8;
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    chars = number.toString().length();
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                    chars = 10;
                } else {
                    String text = value.toString();
                    cell.setCellValue(text);
                    chars = text.length();
                }
                if (rows == 0) {
                    cell.setCellStyle(header);
                }
                if (i < widths.length) {
                    widths[i] = Math.max(widths[i], Math.min(chars, MAX_COLUMN_CHARS));
                }
            }
            rows++;
        }

        @Override
        public void close() throws IOException {
            try {
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, (Math.max(widths[i], 6) + 2) * 256);
                }
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
                workbook.dispose();
            }
        }
    }

    /** The file name of a download: {@code pmo-rotations-<what>-<day>.<extension>}. */
    public static String fileName(String what, LocalDate day, String extension) {
        return "pmo-rotations-" + what + "-" + day + "." + extension.toLowerCase(Locale.ROOT);
    }
}
