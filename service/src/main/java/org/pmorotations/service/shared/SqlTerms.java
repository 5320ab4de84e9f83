package org.pmorotations.service.shared;

import org.pmorotations.domain.staff.CareerLevel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The domain's vocabulary as SQL text, derived from the enums, so that a native query never types
 * a status set or the career ladder again: {@code in("r.status", RotationStatus.STARTED)} and
 * {@code levelRank("s.career_level")}. Only enum names and numbers are written into the SQL, never
 * anything a user sent.
 */
public final class SqlTerms {

    private SqlTerms() {
    }

    /** {@code column IN ('A', 'B')}, the names of {@code values} in their declared order. */
    public static <E extends Enum<E>> String in(String column, Set<E> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An IN list needs at least one value");
        }
        return column + " IN (" + EnumSet.copyOf(values).stream().map(value -> "'" + value.name() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The rank of the career level in {@code column} on the ladder ({@link CareerLevel#rank()}, 1 to 5), null for none. */
    public static String levelRank(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (CareerLevel level : CareerLevel.values()) {
            sql.append(" WHEN '").append(level.name()).append("' THEN ").append(level.rank());
        }
        return sql.append(" END").toString();
    }

    /** The escape character of {@link #containing}'s patterns: write {@code LIKE ? ESCAPE '\\'} with it. */
    public static final String LIKE_ESCAPE = " ESCAPE '\\'";

    /**
     * A {@code LIKE} pattern for a lower-cased column that finds {@code text} anywhere in it, as typed:
     * its {@code %}, {@code _} and backslash match themselves (use with {@link #LIKE_ESCAPE}).
     */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
