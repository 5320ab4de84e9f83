package org.pmorotations.domain.staff;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the project staff, identified by an {@link EmployeeNumber}.
 *
 * <p>Keeps: the career level is history, never overwritten. Every level change is a dated
 * {@link LevelChange}, the first one at the hire date, none before it and at most one per day,
 * so "level at date D" always has one answer. {@code level} mirrors the latest change so that
 * lists can filter and sort by it without reading the history.
 */
@Entity
@Table(name = "staff")
@NamedQueries({
        @NamedQuery(name = Staff.COUNT_ALL, query = "select count(s) from Staff s"),
        @NamedQuery(name = Staff.FIND_BY_EMPLOYEE_NUMBER,
                query = "select s from Staff s where s.employeeNumber.value = :employeeNumber")
})
public class Staff extends BaseEntity {

    public static final String COUNT_ALL = "Staff.countAll";
    public static final String FIND_BY_EMPLOYEE_NUMBER = "Staff.findByEmployeeNumber";

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int DEPARTMENT_MAX = 100;
    /** The earliest hire date taken: an earlier one is a mistyped year (0215 for 2015). */
    public static final LocalDate FIRST_HIRE_DATE = LocalDate.of(1900, 1, 1);
    /**
     * The shape of an e-mail address, the one definition that the entity's constraint, the API and
     * the import all apply: a local part of dot-separated atoms (letters, digits and
     * {@code !#$%&'*+/=?^_`{|}~-}), an {@code @}, and a domain of two or more dot-separated labels
     * (letters, digits, inner hyphens). Characters that only a quoted address may hold
     * ({@code ;,<>()[]\":} and spaces) are refused.
     */
    public static final String EMAIL_ADDRESS_PATTERN = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+";
    private static final java.util.regex.Pattern EMAIL_ADDRESS = java.util.regex.Pattern.compile(EMAIL_ADDRESS_PATTERN);

    /** Whether {@code text} has the shape of an e-mail address ({@link #EMAIL_ADDRESS_PATTERN}); the API and the import both ask. */
    public static boolean isEmailAddress(String text) {
        return text != null && EMAIL_ADDRESS.matcher(text.strip()).matches();
    }

    /** What a refused address is told, by the API and the import alike: {@code "x" is not an e-mail address.} */
    public static String notAnEmailAddress(String text) {
        return "\"" + text + "\" is not an e-mail address.";
    }

    @Embedded
    private EmployeeNumber employeeNumber;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @NotBlank
    @Pattern(regexp = EMAIL_ADDRESS_PATTERN, message = "is not an e-mail address")
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = DEPARTMENT_MAX)
    @Column(name = "department", nullable = false, length = DEPARTMENT_MAX)
    private String department;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_level", nullable = false, length = 30)
    private CareerLevel level;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "staff", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effective")
    private List<LevelChange> levelHistory = new ArrayList<>();

    protected Staff() {
        // for JPA
    }

    public Staff(EmployeeNumber employeeNumber, String fullName, String email, String department,
                 LocalDate hireDate, CareerLevel levelAtHire) {
        this.employeeNumber = Objects.requireNonNull(employeeNumber, "A staff member needs an employee number");
        this.hireDate = plausibleHireDate(Objects.requireNonNull(hireDate, "A staff member needs a hire date"));
        rename(fullName);
        changeContact(email, department);
        this.level = Objects.requireNonNull(levelAtHire, "A staff member needs a career level");
        levelHistory.add(new LevelChange(this, levelAtHire, hireDate));
    }

    private static LocalDate plausibleHireDate(LocalDate hireDate) {
        if (hireDate.isBefore(FIRST_HIRE_DATE)) {
            throw new InvalidValueException("hireDate", "The hire date " + hireDate + " is before " + FIRST_HIRE_DATE + ": check the year.");
        }
        return hireDate;
    }

    public void rename(String newName) {
        this.fullName = Text.required(newName, "fullName", "The full name", NAME_MAX);
    }

    public void changeContact(String newEmail, String newDepartment) {
        String address = Text.required(newEmail, "email", "The e-mail address", EMAIL_MAX);
        if (!isEmailAddress(address)) {
            throw new InvalidValueException("email", notAnEmailAddress(address));
        }
        this.email = address;
        this.department = Text.required(newDepartment, "department", "The department", DEPARTMENT_MAX);
    }

    /**
     * Records that from {@code effective} on the person holds {@code newLevel}.
     *
     * @throws InvalidValueException if the date is before the hire date or a change is already recorded that day
     */
    public LevelChange changeLevel(CareerLevel newLevel, LocalDate effective) {
        Objects.requireNonNull(newLevel, "A level change needs a level");
        Objects.requireNonNull(effective, "A level change needs its effective date");
        if (effective.isBefore(hireDate)) {
            throw new InvalidValueException("effective", "A level change on " + effective
                    + " is before the hire date " + hireDate + " of " + fullName + ".");
        }
        if (levelHistory.stream().anyMatch(change -> change.getEffective().equals(effective))) {
            throw new InvalidValueException("effective", "A level change for " + fullName + " is already recorded on " + effective + ".");
        }
        LevelChange change = new LevelChange(this, newLevel, effective);
        levelHistory.add(change);
        levelHistory.sort(Comparator.comparing(LevelChange::getEffective));
        this.level = levelHistory.get(levelHistory.size() - 1).getLevel();
        return change;
    }

    /**
     * The level held on {@code day}, or empty before the hire date: that of the latest change
     * effective by then. The history is searched whole, not walked in order: loaded with its
     * person in one join, it comes in the order the database returned the rows, which
     * {@code @OrderBy} does not govern.
     */
    public Optional<CareerLevel> levelOn(LocalDate day) {
        return levelHistory.stream()
                .filter(change -> !change.getEffective().isAfter(day))
                .max(Comparator.comparing(LevelChange::getEffective))
                .map(LevelChange::getLevel);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public EmployeeNumber getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getDepartment() {
        return department;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public boolean isActive() {
        return active;
    }

    /** The level changes, oldest first, whatever order they were loaded in. */
    public List<LevelChange> getLevelHistory() {
        return levelHistory.stream().sorted(Comparator.comparing(LevelChange::getEffective)).toList();
    }
}
