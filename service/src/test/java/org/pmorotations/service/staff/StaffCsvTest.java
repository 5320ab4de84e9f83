package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.service.shared.CsvImport;

import org.junit.jupiter.api.Test;
import org.pmorotations.domain.shared.InvalidValueException;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff file as people and spreadsheets write it. */
class StaffCsvTest {

    private static CsvImport.Parsed<StaffCsv.Row> read(String text) {
        return StaffCsv.read(new StringReader(text));
    }

    @Test
    void readsColumnsInAnyOrderWithQuotesBomWindowsLineEndingsAndEmptyLines() {
        CsvImport.Parsed<StaffCsv.Row> parsed = read("\uFEFFlevel,email,employeeNumber,fullName,department,hireDate\r\n"
                + "PROJECT_MANAGER,ana@example.com,e-101,\"Núñez, Ana\",\"Finance \"\"East\"\"\",2020-02-01\r\n"
                + "\r\n"
                + "program_manager,bo@example.com,E-102,Bo Lind,Operations,2019-05-15\r\n");
        assertEquals(List.of(), parsed.rejected());
        assertEquals(2, parsed.rows().size());
        StaffCsv.Row first = parsed.rows().get(0).value();
        assertEquals("E-101", first.employeeNumber().value());
        assertEquals("Núñez, Ana", first.fullName());
        assertEquals("Finance \"East\"", first.department());
        assertEquals(LocalDate.of(2020, 2, 1), first.hireDate());
        assertEquals(CareerLevel.PROJECT_MANAGER, first.level());
        assertEquals(2, parsed.rows().get(0).line());
        assertEquals(4, parsed.rows().get(1).line(), "lines count as in the file, empty ones included");
        assertEquals(CareerLevel.PROGRAM_MANAGER, parsed.rows().get(1).value().level());
    }

    @Test
    void aBadRowIsRejectedWithEveryErrorAndTheGoodOnesAreKept() {
        CsvImport.Parsed<StaffCsv.Row> parsed = read("employeeNumber,fullName,email,department,hireDate,level\n"
                + "E1,Ann Ok,ann@example.com,Finance,2020-01-01,PROJECT_MANAGER\n"
                + "-bad-,,not-an-email,Finance,01/02/2020,CEO\n"
                + "E3,Cy Ok,cy@example.com,Finance,2021-01-01,PROJECT_COORDINATOR\n");
        assertEquals(List.of("E1", "E3"), parsed.rows().stream().map(row -> row.value().employeeNumber().value()).toList());
        assertEquals(1, parsed.rejected().size());
        CsvImport.Rejected rejected = parsed.rejected().get(0);
        assertEquals(3, rejected.line());
        assertEquals(5, rejected.errors().size(), rejected.errors().toString());
        assertTrue(rejected.errors().get(0).startsWith("employeeNumber:"));
        assertTrue(rejected.errors().stream().anyMatch(error -> error.startsWith("fullName:")));
        assertTrue(rejected.errors().stream().anyMatch(error -> error.startsWith("email:")));
        assertTrue(rejected.errors().stream().anyMatch(error -> error.contains("01/02/2020")));
        assertTrue(rejected.errors().stream().anyMatch(error -> error.startsWith("level:")));
    }

    @Test
    void theSameEmployeeNumberTwiceKeepsTheFirst() {
        CsvImport.Parsed<StaffCsv.Row> parsed = read("employeeNumber,fullName,email,department,hireDate,level\n"
                + "E1,Ann,ann@example.com,Finance,2020-01-01,PROJECT_MANAGER\n"
                + "e1,Ann Again,ann@example.com,Finance,2020-01-01,PROJECT_MANAGER\n");
        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(new CsvImport.Rejected(3, List.of("employeeNumber: E1 already appears on line 2."),
                List.of("e1", "Ann Again", "ann@example.com", "Finance", "2020-01-01", "PROJECT_MANAGER"))), parsed.rejected());
    }

    @Test
    void aQuoteNeverClosedIsRefusedWithTheLineItOpensOn() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> read("employeeNumber,fullName,email,department,hireDate,level\n"
                + "E1,Ann,ann@example.com,Finance,2020-01-01,PROJECT_MANAGER\n"
                + "\"E2,Bo,bo@example.com,Finance,2020-01-01,PROJECT_MANAGER\n"));
        assertEquals("file", refused.getField());
        assertTrue(refused.getMessage().contains("from line 3") && refused.getMessage().contains("never closed"), refused.getMessage());
    }

    @Test
    void aShortRowIsRejectedNotCrashed() {
        CsvImport.Parsed<StaffCsv.Row> parsed = read("employeeNumber,fullName,email,department,hireDate,level\nE1,Ann\n");
        assertEquals(1, parsed.rejected().size());
        assertTrue(parsed.rejected().get(0).errors().size() >= 4);
    }

    @Test
    void aHeaderWithoutARequiredColumnRefusesTheFile() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> read("employeeNumber,fullName,email,hireDate\nE1,Ann,ann@example.com,2020-01-01\n"));
        assertEquals("file", refused.getField());
        assertTrue(refused.getMessage().contains("department, level"), refused.getMessage());
    }

    @Test
    void theRejectedLinesAreAFileToFixAndImportAgain() {
        CsvImport.Parsed<StaffCsv.Row> parsed = read("level,employeeNumber,fullName,email,department,hireDate\n"
                + "PROJECT_MANAGER,E1,Ann,ann@example.com,Finance,2020-01-01\n"
                + "CEO,E2,\"Lind, Bo\",bo@example.com,Operations,2019-13-45\n"
                + "PROJECT_MANAGER,E3,Cy\n");
        String file = CsvImport.rejectedLines(parsed.header(), parsed.rejected());

        List<String> lines = file.lines().toList();
        assertEquals(3, lines.size(), file);
        assertEquals("level,employeeNumber,fullName,email,department,hireDate,errors", lines.get(0), "the file's own columns, in its order");
        assertTrue(lines.get(1).startsWith("CEO,E2,\"Lind, Bo\",bo@example.com,Operations,2019-13-45,\"hireDate:"), lines.get(1));
        assertTrue(lines.get(1).contains("level: \"\"CEO\"\""), "what is wrong, quoted as CSV: " + lines.get(1));
        assertTrue(lines.get(2).startsWith("PROJECT_MANAGER,E3,Cy,,,,"), "a short line filled up to the columns: " + lines.get(2));

        CsvImport.Parsed<StaffCsv.Row> again = read(file);
        assertEquals(List.of(2, 3), again.rejected().stream().map(CsvImport.Rejected::line).toList(),
                "imported again unfixed, the same two lines are refused");
        CsvImport.Parsed<StaffCsv.Row> fixed = read(file.replace("CEO", "PROGRAM_MANAGER").replace("2019-13-45", "2019-12-15")
                .replace("E3,Cy,,,,", "E3,Cy,cy@example.com,Finance,2021-06-01,"));
        assertEquals(List.of(), fixed.rejected(), "once fixed, the errors column is ignored");
        assertEquals(List.of("E2", "E3"), fixed.rows().stream().map(row -> row.value().employeeNumber().value()).toList());

        String twice = CsvImport.rejectedLines(again.header(), again.rejected());
        assertTrue(twice.lines().findFirst().orElseThrow().endsWith("hireDate,errors"), "the errors column is not added twice: " + twice);
    }
}
