package org.pmorotations.rotation;

import org.pmorotations.pmo.PmoRole;

import java.io.Serial;
import java.io.Serializable;

/** The label of one row of the board: a PMO, a role and its seats. */
public record BoardRow(String pmoCode, String pmoName, String tier, PmoRole role, int seats) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
