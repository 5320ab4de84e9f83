package org.pmorotations.domain.rotation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RotationCommandTest {

    private static final LocalDate DAY = LocalDate.of(2028, 3, 1);

    private static void refused(String field, String message, Executable made) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, made);
        assertEquals(field, refused.getField());
        assertEquals(message, refused.getMessage());
    }

    @Test
    void aCommandRefusesTheValueItCannotDoWithoutNamingTheField() {
        refused("body", "The request is empty.", () -> new RotationCommand.Schedule(null));
        refused("months", "An extension adds at least one month.", () -> new RotationCommand.Extend(1, 0L, null));
        refused("months", "An extension adds at least one month.", () -> new RotationCommand.Extend(1, 0L, 0));
        refused("start", "A new schedule needs its start and end dates.", () -> new RotationCommand.Reschedule(1, 0L, null, DAY));
        refused("end", "A new schedule needs its start and end dates.", () -> new RotationCommand.Reschedule(1, 0L, DAY, null));
        refused("endDate", "The last day of the curtailed rotation is required.", () -> new RotationCommand.Curtail(1, 0L, null, "why"));
        refused("projectCode", "Choose the project the person returns to.",
                () -> new RotationCommand.ReserveReturn(1, 0L, " ", CareerLevel.PROJECT_MANAGER, DAY));
        refused("level", "The career level of the return role is required.",
                () -> new RotationCommand.ReserveReturn(1, 0L, "PRJ-1", null, DAY));
    }

    @Test
    void eachChangeNamesTheActionTheRotationMustAllowAndTheAuditRecords() {
        assertEquals(RotationAction.APPROVE, new RotationCommand.Approve(1, 0L).kind());
        assertEquals("ROTATION_APPROVED", new RotationCommand.Approve(1, 0L).action());
        assertEquals("RETURN_CONFIRMED", new RotationCommand.ConfirmReturn(1, 0L).action());
        assertEquals("ROTATION_PROPOSED", new RotationCommand.Schedule(new ScheduleRequest("E1", "P", null, DAY, 12, null)).action());
    }

    @Test
    void theEvaluationsOfACompletionAreACopyInTheObjectivesOrder() {
        Map<Objective, Evaluation> given = new EnumMap<>(Objective.class);
        given.put(Objective.PROCESS_IMPROVEMENT, new Evaluation(ObjectiveRating.MET, "Good"));
        RotationCommand.Complete complete = new RotationCommand.Complete(1, 0L, given);
        given.clear();
        assertEquals(1, complete.evaluations().size(), "later changes to the map given do not reach the command");
        assertThrows(UnsupportedOperationException.class, () -> complete.evaluations().clear());
        assertEquals(Map.of(), new RotationCommand.Complete(1, 0L, null).evaluations());
    }
}
