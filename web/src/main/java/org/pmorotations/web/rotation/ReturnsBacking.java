package org.pmorotations.web.rotation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.ReturnMatches;
import org.pmorotations.service.rotation.ReturnsPage;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Backs {@code rotations/returns.xhtml}: every rotation ending within the policy's months with
 * where its person goes back to (a return reserved, the best open role that fits, or none), at
 * risk first, {@value #SIZE} a page ({@code ?page=}, from 1). Read once per view
 * ({@link ReturnMatches#returns}: a fixed number of statements).
 */
@Named("returns")
@ViewScoped
public class ReturnsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int SIZE = 50;

    @Inject
    ReturnMatches matches;

    @Inject
    PolicyService policies;

    @Inject
    Clock clock;

    private Integer page = 1;
    private transient ReturnsPage shown;

    public ReturnsPage getShown() {
        if (shown == null) {
            shown = matches.returns(LocalDate.now(clock), Math.max(1, page == null ? 1 : page) - 1, SIZE);
        }
        return shown;
    }

    public int getMonths() {
        return policies.current().returnHorizonMonths();
    }

    /** The page shown, from 1. */
    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
        this.shown = null;
    }
}
