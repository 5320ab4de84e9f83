package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.Staff;

import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.domain.security.Role;
import org.pmorotations.service.shared.CsvImport;
import org.pmorotations.service.shared.ImportResult;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates or updates staff from a CSV file, by employee number. Every row is checked before
 * anything is written; the good rows are then written in one transaction (all of them, or on a
 * failure none), the bad ones are reported. A row equal to what is stored changes nothing, so
 * the same file imported twice changes nothing the second time.
 *
 * <p>An update changes name, e-mail and department; a different level is recorded as a level
 * change effective on the day of the import (history, not an overwrite). A different hire date
 * is refused: it would rewrite the start of the person's history.
 */
@Stateless
public class StaffImportService {

    public static final String SUBJECT = "STAFF";
    private static final int QUERY_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public ImportResult importCsv(Reader csv) {
        CsvImport.Parsed<StaffCsv.Row> parsed = StaffCsv.read(csv);
        Map<String, Staff> existing = existing(parsed.rows());
        List<CsvImport.Rejected> rejected = new ArrayList<>(parsed.rejected());
        int created = 0;
        int updated = 0;
        LocalDate today = LocalDate.now(clock);
        for (CsvImport.Good<StaffCsv.Row> line : parsed.rows()) {
            StaffCsv.Row row = line.value();
            Staff stored = existing.get(row.employeeNumber().value());
            if (stored == null) {
                Staff staff = new Staff(row.employeeNumber(), row.fullName(), row.email(), row.department(), row.hireDate(), row.level());
                em.persist(staff);
                audit.record("STAFF_CREATED", SUBJECT, row.employeeNumber().value(), null, StaffService.describe(staff));
                created++;
            } else if (!stored.getHireDate().equals(row.hireDate())) {
                rejected.add(line.rejected("hireDate: " + row.employeeNumber() + " was hired on "
                        + stored.getHireDate() + "; an import does not change a hire date (" + row.hireDate() + ")."));
            } else if (differs(stored, row)) {
                String before = StaffService.describe(stored);
                stored.rename(row.fullName());
                stored.changeContact(row.email(), row.department());
                if (stored.getLevel() != row.level()) {
                    stored.changeLevel(row.level(), today.isBefore(stored.getHireDate()) ? stored.getHireDate() : today);
                }
                audit.record("STAFF_UPDATED", SUBJECT, row.employeeNumber().value(), before, StaffService.describe(stored));
                updated++;
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(CsvImport.Rejected::line));
        return new ImportResult(created, updated, rejected, parsed.header());
    }

    private Map<String, Staff> existing(List<CsvImport.Good<StaffCsv.Row>> rows) {
        Map<String, Staff> byNumber = new HashMap<>();
        List<String> numbers = rows.stream().map(row -> row.value().employeeNumber().value()).toList();
        for (int from = 0; from < numbers.size(); from += QUERY_CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + QUERY_CHUNK));
            em.createQuery("select s from Staff s where s.employeeNumber.value in :numbers", Staff.class)
                    .setParameter("numbers", chunk).getResultList()
                    .forEach(staff -> byNumber.put(staff.getEmployeeNumber().value(), staff));
        }
        return byNumber;
    }

    private static boolean differs(Staff stored, StaffCsv.Row row) {
        return !stored.getFullName().equals(row.fullName()) || !stored.getEmail().equals(row.email())
                || !stored.getDepartment().equals(row.department()) || stored.getLevel() != row.level();
    }

}
