package org.pmorotations.domain.rotation;

import java.util.Objects;

/** The rating and note given to one objective at the end of a rotation. */
public record Evaluation(ObjectiveRating rating, String note) {

    public Evaluation {
        Objects.requireNonNull(rating, "An evaluation needs a rating");
    }
}
