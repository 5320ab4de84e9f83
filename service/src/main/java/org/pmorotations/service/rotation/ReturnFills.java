package org.pmorotations.service.rotation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.service.project.OpenRoleService;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.service.staff.CareerService;

import java.util.Optional;

/**
 * A confirmed return reserved from a match fills its open role: the person's project role on that
 * project, at the return's level, from its start to the open role's last day, recorded by
 * {@link CareerService#recordReturn}. Done where a return is confirmed, by a PMO manager's command
 * or by the daily job, in its transaction. A role no longer open, or one the return no longer
 * fits (changed since it was reserved, or the person holds something else on those days), stays as
 * it is: the return is confirmed all the same, and the audit log says why the role was not filled.
 */
@Stateless
@PermitAll
public class ReturnFills {

    @Inject
    CareerService careers;

    @Inject
    AuditService audit;

    /** After {@code rotation}'s return was confirmed with {@code change}: the open role it came from, filled. */
    public Optional<OpenRole> confirmed(Rotation rotation, Change change) {
        Optional<ReturnPlacement> placement = rotation.getReturnPlacement();
        Optional<OpenRole> matched = placement.flatMap(ReturnPlacement::getOpenRole).filter(role -> role.getStatus() == OpenRoleStatus.OPEN);
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        OpenRole role = matched.get();
        ReturnPlacement back = placement.get();
        Optional<String> unfit = !role.admits(back.getLevel()) ? Optional.of("the role asks for " + role.levels())
                : !role.until().contains(back.getStartDate()) ? Optional.of("the role runs " + role.until()) : Optional.empty();
        Period period = role.until().end().map(end -> Period.of(back.getStartDate(), end)).orElse(Period.from(back.getStartDate()));
        Optional<ProjectRole> taken = unfit.isPresent() ? Optional.empty()
                : careers.recordReturn(rotation.getStaff(), role.getProject(), back.getLevel(), period);
        if (taken.isEmpty()) {
            audit.record("OPEN_ROLE_NOT_FILLED", OpenRoleService.SUBJECT, String.valueOf(role.getId()), null,
                    rotation.getStaff().getFullName() + " returned to " + role.getProject().getCode() + " from " + back.getStartDate() + "; "
                            + unfit.orElse("they hold another role or rotation on some of those days"));
            return Optional.empty();
        }
        role.fill(taken.get(), change);
        audit.record("OPEN_ROLE_FILLED", OpenRoleService.SUBJECT, String.valueOf(role.getId()), null,
                rotation.getStaff().getFullName() + " (" + rotation.getStaff().getEmployeeNumber() + ") returned from " + back.getStartDate());
        return Optional.of(role);
    }
}
