package org.pmorotations.web.report;

import org.pmorotations.service.report.RiskLists;
import org.pmorotations.service.report.RiskRow;

import org.pmorotations.web.shared.TableExport;
import org.pmorotations.web.shared.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The three lists of reports/at-risk.xhtml as one table, the list each rotation is on in the first
 * column, with the texts the page shows (role names, the action to take) rather than codes.
 */
final class RiskListExport {

    private RiskListExport() {
    }

    static List<String> headers(Texts texts) {
        return List.of(texts.get("export.column.list"), texts.get("export.name"), texts.get("export.employeeNumber"),
                texts.get("report.seatFill.pmo"), texts.get("report.seatFill.role"), texts.get("report.atRisk.start"),
                texts.get("report.atRisk.end"), texts.get("report.atRisk.status"), texts.get("report.atRisk.todo"));
    }

    static void write(RiskLists lists, Texts texts, TableExport.Format format, OutputStream out) throws IOException {
        try (TableExport table = TableExport.open(format, out, texts.get("export.sheet.atRisk"), headers(texts))) {
            rows(table, texts, texts.get("export.list.atRisk"), lists.atRisk(), texts.get("report.atRisk.action.reserve"));
            rows(table, texts, texts.get("export.list.longStays"), lists.longStays(), texts.get("report.atRisk.action.plan"));
            rows(table, texts, texts.get("export.list.overdue"), lists.overdue(), texts.get("report.atRisk.action.complete"));
        }
    }

    private static void rows(TableExport table, Texts texts, String list, List<RiskRow> rows, String action) throws IOException {
        for (RiskRow row : rows) {
            table.row(list, row.fullName(), row.employeeNumber(), row.pmoCode(), texts.get("report.role." + row.role()),
                    row.start(), row.end(), row.status(), action);
        }
    }
}
