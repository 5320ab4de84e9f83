package org.pmorotations.web.overview;

import org.pmorotations.service.overview.Overview;
import org.pmorotations.service.overview.OverviewService;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code index.xhtml}: the counts of the home page, read once per request. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    OverviewService overviewService;

    private Overview overview;

    public Overview getOverview() {
        if (overview == null) {
            overview = overviewService.today();
        }
        return overview;
    }

    public int getEndingWithinDays() {
        return Overview.ENDING_WITHIN_DAYS;
    }
}
