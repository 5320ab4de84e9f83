package org.pmorotations.web.rotation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.ReturnMatches;
import org.pmorotations.service.rotation.ReturnRow;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code rotations/returns.xhtml}: every rotation ending within the policy's months with
 * where its person goes back to (a return reserved, the best open role that fits, or none), at
 * risk first. Read once per view ({@link ReturnMatches#returns}: two statements).
 */
@Named("returns")
@ViewScoped
public class ReturnsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ReturnMatches matches;

    @Inject
    PolicyService policies;

    @Inject
    Clock clock;

    private transient List<ReturnRow> rows;

    public List<ReturnRow> getRows() {
        if (rows == null) {
            rows = matches.returns(LocalDate.now(clock));
        }
        return rows;
    }

    public int getMonths() {
        return policies.current().returnHorizonMonths();
    }

    public long getAtRiskCount() {
        return getRows().stream().filter(ReturnRow::atRisk).count();
    }
}
