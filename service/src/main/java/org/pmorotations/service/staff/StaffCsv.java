package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pmorotations.domain.shared.InvalidValueException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a staff CSV file (Apache Commons CSV): a header row naming the columns
 * employeeNumber, fullName, email, department, hireDate, level in any order; quoted fields, a
 * UTF-8 byte order mark, Windows line endings and empty lines are all fine. Every row is checked
 * whole: a bad row is rejected with its line number (the header is line 1) and all its errors,
 * and a good row is kept.
 */
public final class StaffCsv {

    public static final List<String> COLUMNS = List.of("employeeNumber", "fullName", "email", "department", "hireDate", "level");

    /** The column the file of rejected lines adds: what is wrong with each line. An import ignores it. */
    public static final String ERRORS_COLUMN = "errors";

    /** One good row; {@code values} as the file wrote them, in its columns' order. */
    public record Row(int line, EmployeeNumber employeeNumber, String fullName, String email, String department,
                      LocalDate hireDate, CareerLevel level, List<String> values) {

        /** This row refused after all (by what is stored), with its values kept to be fixed. */
        public Rejected rejected(String error) {
            return new Rejected(line, List.of(error), values);
        }
    }

    /** One bad row: where, everything wrong with it, and its values as the file wrote them. */
    public record Rejected(int line, List<String> errors, List<String> values) implements java.io.Serializable {
    }

    /** The file's header (its columns as written, in order), its good rows and its bad ones. */
    public record Parsed(List<String> header, List<Row> rows, List<Rejected> rejected) {
    }

    private StaffCsv() {
    }

    /**
     * @throws InvalidValueException (field {@code file}) when the header lacks a column, so no row can be read
     */
    public static Parsed read(Reader input) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(input)).setFormat(format).get()) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            Map<String, String> columns = columns(header);
            List<Row> rows = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                List<String> errors = new ArrayList<>();
                List<String> values = List.copyOf(record.toList());
                Row row = row(record, columns, line, values, errors);
                if (row != null) {
                    Integer first = seen.putIfAbsent(row.employeeNumber().value(), line);
                    if (first != null) {
                        errors.add("employeeNumber: " + row.employeeNumber() + " already appears on line " + first + ".");
                        row = null;
                    }
                }
                if (row != null) {
                    rows.add(row);
                } else {
                    rejected.add(new Rejected(line, List.copyOf(errors), values));
                }
            }
            return new Parsed(header, rows, rejected);
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CSVException malformed ? unreadable(malformed) : e;
        } catch (CSVException malformed) {
            throw unreadable(malformed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            throw new InvalidValueException("file", "The file is not readable CSV: " + malformed.getMessage());
        }
    }

    /**
     * The parser's failure to read on (a quoted value never closed, the one malformation CSV has),
     * told as the line where it starts.
     */
    private static InvalidValueException unreadable(CSVException malformed) {
        Matcher line = START_LINE.matcher(String.valueOf(malformed.getMessage()));
        return new InvalidValueException("file", "The file is not readable CSV" + (line.find() ? " from line " + line.group(1) : "")
                + ": a value opened with a quote (\") is never closed. Close it, or write a quote inside a quoted value as two (\"\").");
    }

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private static Map<String, String> columns(List<String> header) {
        Map<String, String> byLowerCase = new HashMap<>();
        header.forEach(name -> byLowerCase.put(name.strip().toLowerCase(Locale.ROOT), name));
        Map<String, String> columns = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String column : COLUMNS) {
            String found = byLowerCase.get(column.toLowerCase(Locale.ROOT));
            if (found == null) {
                missing.add(column);
            } else {
                columns.put(column, found);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException("file", "The header row (line 1) lacks the column(s) " + String.join(", ", missing)
                    + "; it needs " + String.join(", ", COLUMNS) + ", in any order.");
        }
        return columns;
    }

    private static Row row(CSVRecord record, Map<String, String> columns, int line, List<String> values, List<String> errors) {
        EmployeeNumber number = null;
        String numberText = value(record, columns, "employeeNumber");
        try {
            number = EmployeeNumber.of(numberText);
        } catch (InvalidValueException e) {
            errors.add("employeeNumber: " + e.getMessage());
        }
        String name = required(record, columns, "fullName", Staff.NAME_MAX, errors);
        String email = required(record, columns, "email", Staff.EMAIL_MAX, errors);
        if (email != null && !Staff.isEmailAddress(email)) {
            errors.add("email: " + Staff.notAnEmailAddress(email));
        }
        String department = required(record, columns, "department", Staff.DEPARTMENT_MAX, errors);
        LocalDate hired = null;
        String hiredText = value(record, columns, "hireDate");
        if (hiredText == null || hiredText.isEmpty()) {
            errors.add("hireDate: the hire date is required.");
        } else {
            try {
                hired = LocalDate.parse(hiredText);
            } catch (DateTimeParseException e) {
                errors.add("hireDate: \"" + hiredText + "\" is not a date written 2027-03-01.");
            }
        }
        CareerLevel level = null;
        String levelText = value(record, columns, "level");
        try {
            level = CareerLevel.valueOf(levelText == null ? "" : levelText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("level: \"" + (levelText == null ? "" : levelText) + "\" is not one of " + List.of(CareerLevel.values()) + ".");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Row(line, number, name, email, department, hired, level, values);
    }

    /**
     * The rejected lines as a CSV file to fix and import again: the file's own header and each
     * rejected line's values as written, with a last column {@value #ERRORS_COLUMN} saying what is
     * wrong (an import ignores that column; one already in the file is overwritten).
     */
    public static String rejectedLines(List<String> header, List<Rejected> rejected) {
        List<String> columns = new ArrayList<>(header);
        int errorsAt = columns.indexOf(ERRORS_COLUMN);
        if (errorsAt < 0) {
            columns.add(ERRORS_COLUMN);
            errorsAt = columns.size() - 1;
        }
        StringBuilder out = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(columns);
            for (Rejected line : rejected) {
                List<String> values = new ArrayList<>(line.values());
                while (values.size() < columns.size()) {
                    values.add("");
                }
                values.set(errorsAt, String.join(" ", line.errors()));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String required(CSVRecord record, Map<String, String> columns, String column, int max, List<String> errors) {
        String value = value(record, columns, column);
        if (value == null || value.isEmpty()) {
            errors.add(column + ": a value is required.");
            return null;
        }
        if (value.length() > max) {
            errors.add(column + ": " + value.length() + " characters; at most " + max + " are allowed.");
            return null;
        }
        return value;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String name = columns.get(column);
        if (!record.isMapped(name) || !record.isSet(name)) {
            return null;
        }
        String value = record.get(name);
        return value == null ? null : value.strip();
    }

    private static Reader withoutByteOrderMark(Reader input) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(input, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
