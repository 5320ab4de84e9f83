package org.pmorotations.web.rotation;

import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.web.shared.Markup;

import java.io.Serial;
import java.io.Serializable;

/** The label of one row of the board: a PMO, a role and its seats. */
public record BoardRow(String pmoCode, String pmoName, String tier, PmoRole role, int seats) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The PMO's name, as markup for the timeline's row label (which it reads as HTML). */
    public String pmoNameMarkup() {
        return Markup.text(pmoName);
    }
}
