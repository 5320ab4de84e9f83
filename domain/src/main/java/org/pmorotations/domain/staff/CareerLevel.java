package org.pmorotations.domain.staff;

/** The career ladder of project staff, lowest rank first. */
public enum CareerLevel {
    PROJECT_COORDINATOR(1),
    PROJECT_MANAGER(2),
    SENIOR_PROJECT_MANAGER(3),
    PROGRAM_MANAGER(4),
    PORTFOLIO_MANAGER(5);

    private final int rank;

    CareerLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isAtLeast(CareerLevel other) {
        return rank >= other.rank;
    }

    public boolean isAbove(CareerLevel other) {
        return rank > other.rank;
    }

    private static final CareerLevel[] LADDER = values();

    /** The next level up; empty at the top of the ladder. */
    public java.util.Optional<CareerLevel> above() {
        return rank < LADDER.length ? java.util.Optional.of(LADDER[rank]) : java.util.Optional.empty();
    }

    /** The level as words of a sentence ("senior project manager"), never its constant. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
