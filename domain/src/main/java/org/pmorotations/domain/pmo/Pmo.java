package org.pmorotations.domain.pmo;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.shared.Text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A project management office with a {@link PmoTier}, {@link Seats} per PMO role and an active
 * period (open while it has no closing date). Keeps: a unique upper-case code, non-negative
 * seats, a closing date not before the opening date.
 */
@Entity
@Table(name = "pmo")
@NamedQueries({
        @NamedQuery(name = Pmo.COUNT_ALL, query = "select count(p) from Pmo p"),
        @NamedQuery(name = Pmo.COUNT_OPEN_ON,
                query = "select count(p) from Pmo p where p.activePeriod.startDate <= :day"
                        + " and (p.activePeriod.endDate is null or p.activePeriod.endDate >= :day)"),
        @NamedQuery(name = Pmo.FIND_BY_CODE, query = "select p from Pmo p where p.code = :code"),
        @NamedQuery(name = Pmo.FIND_ALL, query = "select p from Pmo p order by p.code")
})
public class Pmo extends BaseEntity {

    public static final String COUNT_ALL = "Pmo.countAll";
    public static final String COUNT_OPEN_ON = "Pmo.countOpenOn";
    public static final String FIND_BY_CODE = "Pmo.findByCode";
    public static final String FIND_ALL = "Pmo.findAll";

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;

    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 20)
    private PmoTier tier;

    @Embedded
    private Seats seats;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "opens", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "closes"))
    })
    private Period activePeriod;

    /**
     * The PMO of {@code code} (any case, surrounding blanks ignored); empty when there is none, or when
     * the text could be no code at all (then without asking the database).
     */
    public static Optional<Pmo> findByCode(EntityManager em, String code) {
        return Text.asCode(code).flatMap(wanted -> em.createNamedQuery(FIND_BY_CODE, Pmo.class)
                .setParameter("code", wanted).getResultStream().findFirst());
    }

    protected Pmo() {
        // for JPA
    }

    public Pmo(String code, String name, PmoTier tier, Seats seats, Period activePeriod) {
        this.code = Text.code(code, "code", "The PMO code", CODE_MAX);
        rename(name);
        this.tier = Objects.requireNonNull(tier, "A PMO needs a tier");
        changeSeats(seats);
        this.activePeriod = Objects.requireNonNull(activePeriod, "A PMO needs the date it opens");
    }

    public void rename(String newName) {
        this.name = Text.required(newName, "name", "The PMO name", NAME_MAX);
    }

    public void changeSeats(Seats newSeats) {
        this.seats = Objects.requireNonNull(newSeats, "A PMO needs its seats");
    }

    /** A new active period: the PMO opens on its start and, if it has an end, closes after it. */
    public void changeActivePeriod(Period newPeriod) {
        this.activePeriod = Objects.requireNonNull(newPeriod, "A PMO needs the date it opens");
    }

    /** Closes the PMO after {@code lastDay}. */
    public void closeAfter(LocalDate lastDay) {
        this.activePeriod = activePeriod.withEnd(lastDay);
    }

    public boolean isOpenThroughout(Period period) {
        return activePeriod.covers(period);
    }

    public int seatsFor(PmoRole role) {
        return seats.of(role);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PmoTier getTier() {
        return tier;
    }

    public Seats getSeats() {
        return seats;
    }

    public Period getActivePeriod() {
        return activePeriod;
    }
}
