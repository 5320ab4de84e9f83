package org.pmorotations.domain.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.pmorotations.domain.shared.Text;

import java.util.Objects;

/** A chosen objective of a rotation and, once evaluated, its rating and note. */
@Embeddable
public class ObjectiveEvaluation {

    public static final int NOTE_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective", nullable = false, length = 40)
    private Objective objective;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 20)
    private ObjectiveRating rating;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected ObjectiveEvaluation() {
        // for JPA
    }

    ObjectiveEvaluation(Objective objective) {
        this.objective = Objects.requireNonNull(objective);
    }

    void rate(ObjectiveRating newRating, String newNote) {
        this.rating = Objects.requireNonNull(newRating, "An evaluation needs a rating");
        this.note = Text.optional(newNote, "note", "The note", NOTE_MAX);
    }

    public Objective getObjective() {
        return objective;
    }

    public ObjectiveRating getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }

    public boolean isRated() {
        return rating != null;
    }
}
