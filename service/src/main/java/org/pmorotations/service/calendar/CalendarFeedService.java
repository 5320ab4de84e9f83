package org.pmorotations.service.calendar;

import org.pmorotations.domain.calendar.CalendarFeed;

import java.time.Clock;
import org.pmorotations.service.shared.Clocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.service.security.Caller;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Calendar feeds: secret, revocable links to the rotation dates of one person or one PMO, which a
 * calendar application (Outlook, Google Calendar) subscribes to without signing in.
 *
 * <p>Who may make which link follows "who may do what": anyone signed in may make a link to their
 * own rotations; people who read everything (ADMIN, PMO_MANAGER, LEADER) also to anyone's and to a
 * PMO's. The secret is 32 random bytes, shown once; only its SHA-256 is stored, so the link cannot
 * be read back, only revoked and made anew. A revoked or unknown link gives nothing.
 */
@Stateless
public class CalendarFeedService {

    private static final String SUBJECT = "CALENDAR_FEED";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    /** A new link; {@code token} is the secret part of its address, never stored. */
    public record NewFeed(CalendarFeed feed, String token) {
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public NewFeed create(CalendarFeed.Kind kind, String subject) {
        if (kind == null) {
            throw new InvalidValueException("kind", "Choose whose dates the calendar shows: a person's or a PMO's.");
        }
        String key = switch (kind) {
            case PERSON -> personKey(subject);
            case PMO -> pmoKey(subject);
        };
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = new CalendarFeed(hash(token), caller.name(), kind, key, Clocks.utc(clock));
        em.persist(feed);
        em.flush();
        audit.record("CALENDAR_LINK_CREATED", SUBJECT, String.valueOf(feed.getId()), null, kind + " " + key);
        return new NewFeed(feed, token);
    }

    /** The caller's links, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public List<CalendarFeed> mine() {
        return em.createNamedQuery(CalendarFeed.FIND_BY_OWNER, CalendarFeed.class).setParameter("owner", caller.name()).getResultList();
    }

    /** Revokes one of the caller's links (an administrator may revoke anyone's). */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public CalendarFeed revoke(long id) {
        CalendarFeed feed = Optional.ofNullable(em.find(CalendarFeed.class, id))
                .orElseThrow(() -> new NotFoundException("There is no calendar link " + id + "."));
        if (!feed.getOwner().equals(caller.name()) && !context.isCallerInRole(Role.ADMIN_NAME)) {
            throw new EJBAccessException("Only its owner or an administrator revokes a calendar link.");
        }
        feed.revoke(Clocks.utc(clock));
        audit.record("CALENDAR_LINK_REVOKED", SUBJECT, String.valueOf(feed.getId()), feed.getKind() + " " + feed.getSubject(), "revoked");
        return feed;
    }

    /**
     * The iCalendar text of the link whose secret is {@code token}, or empty when there is no such
     * link or it was revoked. Open to anyone who holds the secret: that is what a subscription is.
     * One all-day event per start, end and return date; cancelled rotations are left out.
     */
    @PermitAll
    public Optional<String> calendar(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = em.createNamedQuery(CalendarFeed.FIND_BY_TOKEN_HASH, CalendarFeed.class)
                .setParameter("tokenHash", hash(token)).getResultStream().findFirst().filter(found -> !found.isRevoked());
        return feed.map(this::render);
    }

    private String render(CalendarFeed feed) {
        String where = feed.getKind() == CalendarFeed.Kind.PERSON ? "r.staff.employeeNumber.value = :subject" : "r.pmo.code = :subject";
        List<Rotation> rotations = em.createQuery("select r from Rotation r join fetch r.staff join fetch r.pmo"
                        + " left join fetch r.returnPlacement p left join fetch p.project where " + where
                        + " and r.status <> :cancelled order by r.planned.startDate, r.id", Rotation.class)
                .setParameter("subject", feed.getSubject()).setParameter("cancelled", RotationStatus.CANCELLED)
                .getResultList();
        Calendar calendar = new Calendar().withProdId("-//PMO Rotations//Rotation dates//EN").withDefaults().getFluentTarget();
        for (Rotation rotation : rotations) {
            String who = rotation.getStaff().getFullName();
            String seat = rotation.getPmo().getName() + ", " + label(rotation.getRole().name());
            String state = label(rotation.getStatus().name());
            calendar.add(event(rotation, "start", rotation.startDate(), "Rotation starts: " + who + ", " + seat,
                    "Rotation " + rotation.startDate() + " to " + rotation.effectiveEnd() + " (" + state + ")."));
            calendar.add(event(rotation, "end", rotation.effectiveEnd(), "Rotation ends: " + who + ", " + seat,
                    "Last day in " + rotation.getPmo().getName() + " (" + state + ")."));
            rotation.getReturnPlacement().ifPresent(placement -> calendar.add(event(rotation, "return", placement.getStartDate(),
                    "Return: " + who + " to " + placement.getProject().getName(), returnText(placement))));
        }
        return CalendarLines.fold(calendar.toString());
    }

    private static VEvent event(Rotation rotation, String what, java.time.LocalDate day, String summary, String description) {
        VEvent event = new VEvent(day, summary);
        event.add(new Uid("rotation-" + rotation.getId() + "-" + what + "@pmo-rotations"));
        event.add(new Description(description));
        return event;
    }

    private static String returnText(ReturnPlacement placement) {
        return "Back in project " + placement.getProject().getCode() + " as " + label(placement.getLevel().name())
                + " (" + label(placement.getStatus().name()) + ").";
    }

    private static String label(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String personKey(String subject) {
        String number = EmployeeNumber.of(subject == null || subject.isBlank() ? caller.ownEmployeeNumber().orElse("") : subject).value();
        if (em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class).setParameter("employeeNumber", number)
                .getResultStream().findFirst().isEmpty()) {
            throw new InvalidValueException("subject", "There is no staff member " + number + ".");
        }
        if (!caller.mayRead(number)) {
            throw new EJBAccessException("A staff member makes calendar links to their own rotations only.");
        }
        return number;
    }

    private String pmoKey(String subject) {
        if (!caller.readsEveryone()) {
            throw new EJBAccessException("A staff member makes calendar links to their own rotations only.");
        }
        return Pmo.findByCode(em, subject).map(Pmo::getCode)
                .orElseThrow(() -> new InvalidValueException("subject", "There is no PMO " + (subject == null ? "" : subject.strip()) + "."));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
