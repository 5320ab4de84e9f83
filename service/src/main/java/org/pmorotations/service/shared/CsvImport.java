package org.pmorotations.service.shared;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract of every CSV import (Apache Commons CSV): a header row naming the columns in any
 * order (letter case aside), the required ones all present; quoted fields, a UTF-8 byte order
 * mark, Windows line endings and empty lines are all fine. Every row is checked whole: a bad row
 * is rejected with its line number (the header is line 1) and all its errors, each naming its
 * column, and a good row is kept. The rejected lines come back as a file to fix and import again
 * ({@link #rejectedLines}).
 */
public final class CsvImport {

    /** The column the file of rejected lines adds: what is wrong with each line. An import ignores it. */
    public static final String ERRORS_COLUMN = "errors";

    /** One bad row: where, everything wrong with it, and its values as the file wrote them. */
    public record Rejected(int line, List<String> errors, List<String> values) implements Serializable {
    }

    /** One good row, read into {@code value}. */
    public record Good<T>(int line, T value, List<String> values) {

        /** This row refused after all (by what is stored), with its values kept to be fixed. */
        public Rejected rejected(String error) {
            return new Rejected(line, List.of(error), values);
        }
    }

    /** The file's header (its columns as written, in order), its good rows and its bad ones. */
    public record Parsed<T>(List<String> header, List<Good<T>> rows, List<Rejected> rejected) {
    }

    /** Reads one row into a value, adding to {@code errors} what is wrong; the value is dropped when there is any. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Fields fields, List<String> errors);
    }

    /**
     * @param required the columns the header must name
     * @param optional the columns it may name (absent, every row's value is empty)
     * @param key      what no two good rows may share (the second is rejected naming the first's line), or null
     * @throws InvalidValueException (field {@code file}) when the header lacks a column, or the file is not CSV
     */
    public static <T> Parsed<T> read(Reader input, List<String> required, List<String> optional, RowReader<T> reader,
                                     Function<T, String> key) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(input)).setFormat(format).get()) {
            List<String> header = List.copyOf(parser.getHeaderNames());
            Map<String, String> columns = columns(header, required, optional);
            List<Good<T>> rows = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                List<String> errors = new ArrayList<>();
                List<String> values = List.copyOf(record.toList());
                T value = reader.read(new Fields(record, columns), errors);
                if (value != null && errors.isEmpty() && key != null) {
                    Integer first = seen.putIfAbsent(key.apply(value), line);
                    if (first != null) {
                        errors.add(key.apply(value) + " already appears on line " + first + ".");
                    }
                }
                if (value != null && errors.isEmpty()) {
                    rows.add(new Good<>(line, value, values));
                } else {
                    rejected.add(new Rejected(line, List.copyOf(errors), values));
                }
            }
            return new Parsed<>(header, rows, rejected);
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
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
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

    /** The values of one row by column, each read with the errors it adds naming its column. */
    public static final class Fields {
        private final CSVRecord record;
        private final Map<String, String> columns;

        private Fields(CSVRecord record, Map<String, String> columns) {
            this.record = record;
            this.columns = columns;
        }

        /** The value, stripped; null when the column is absent or the row is too short for it. */
        public String value(String column) {
            String name = columns.get(column);
            if (name == null || !record.isMapped(name) || !record.isSet(name)) {
                return null;
            }
            String value = record.get(name);
            return value == null ? null : value.strip();
        }

        /** The value, or null when empty. */
        public String optional(String column, int max, List<String> errors) {
            String value = value(column);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (value.length() > max) {
                errors.add(column + ": " + value.length() + " characters; at most " + max + " are allowed.");
                return null;
            }
            return value;
        }

        public String required(String column, int max, List<String> errors) {
            String value = value(column);
            if (value == null || value.isEmpty()) {
                errors.add(column + ": a value is required.");
                return null;
            }
            return optional(column, max, errors);
        }

        /** A date written 2027-03-01; {@code what} names it in the error when it is required and missing. */
        public LocalDate date(String column, String what, boolean required, List<String> errors) {
            String text = value(column);
            if (text == null || text.isEmpty()) {
                if (required) {
                    errors.add(column + ": " + what + " is required.");
                }
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(column + ": \"" + text + "\" is not a date written 2027-03-01.");
                return null;
            }
        }

        /** A career level written as its code, in any letter case. */
        public CareerLevel level(String column, boolean required, List<String> errors) {
            String text = value(column);
            if (!required && (text == null || text.isEmpty())) {
                return null;
            }
            try {
                return CareerLevel.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(column + ": \"" + (text == null ? "" : text) + "\" is not one of " + List.of(CareerLevel.values()) + ".");
                return null;
            }
        }
    }

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    /**
     * The parser's failure to read on (a quoted value never closed, the one malformation CSV has),
     * told as the line where it starts.
     */
    private static InvalidValueException unreadable(CSVException malformed) {
        Matcher line = START_LINE.matcher(String.valueOf(malformed.getMessage()));
        return new InvalidValueException("file", "The file is not readable CSV" + (line.find() ? " from line " + line.group(1) : "")
                + ": a value opened with a quote (\") is never closed. Close it, or write a quote inside a quoted value as two (\"\").");
    }

    private static Map<String, String> columns(List<String> header, List<String> required, List<String> optional) {
        Map<String, String> byLowerCase = new HashMap<>();
        header.forEach(name -> byLowerCase.put(name.strip().toLowerCase(Locale.ROOT), name));
        Map<String, String> columns = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            String found = byLowerCase.get(column.toLowerCase(Locale.ROOT));
            if (found == null) {
                missing.add(column);
            } else {
                columns.put(column, found);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException("file", "The header row (line 1) lacks the column(s) " + String.join(", ", missing)
                    + "; it needs " + String.join(", ", required) + (optional.isEmpty() ? "" : " (and may have "
                    + String.join(", ", optional) + ")") + ", in any order.");
        }
        for (String column : optional) {
            String found = byLowerCase.get(column.toLowerCase(Locale.ROOT));
            if (found != null) {
                columns.put(column, found);
            }
        }
        return columns;
    }

    private static Reader withoutByteOrderMark(Reader input) throws IOException {
        PushbackReader reader = new PushbackReader(input, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private CsvImport() {
    }
}
