package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.Optional;
import java.net.URI;
import org.pmorotations.service.idempotency.IdempotencyService;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.service.rotation.Candidate;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.transaction.Transactional;
import org.pmorotations.domain.rotation.Evaluation;
import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.RotationPage;
import org.pmorotations.service.rotation.RotationSearch;
import org.pmorotations.domain.rotation.RotationCommand;
import org.pmorotations.service.rotation.ReturnMatches;
import org.pmorotations.service.rotation.RotationService;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.rotation.ScheduleRequest;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.rotation.Violation;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.web.shared.ProblemJson;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rotations under {@code /api/v1/rotations}: the list, the dry run of the rules, scheduling, one
 * rotation and its lifecycle. Each rotation says whether it is at risk (RETURN_PLAN).
 * Who may do what is the service's to decide (403 otherwise).
 */
@Tag(name = "rotations")
@Path("v1/rotations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RotationResource {

    /** How many return matches an answer holds unless asked for another number, and at most. */
    static final int MATCHES_DEFAULT = 20;
    static final int MATCHES_MAX = 200;

    /** The header that makes a proposal at most once: a retry with the same key and request gets the stored answer. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Says that an answer is the stored one of an earlier request with the same key. */
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    RotationService rotations;

    @Inject
    ReturnMatches returnMatches;

    @Inject
    RotationSearch search;

    @Inject
    PolicyService policies;

    @Inject
    IdempotencyService idempotency;

    @Inject
    Clock clock;

    /**
     * {@code GET /api/v1/rotations?status=&pmo=&employeeNumber=&from=&to=&page=&size=}: {items, total},
     * oldest start first; items carry no history (read one rotation for it). {@code from}/{@code to}
     * select the rotations whose period overlaps them.
     */
    @Operation(summary = "List rotations, oldest start first, without their history. A STAFF user lists only their own.")
    @Parameters({
            @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(implementation = RotationStatus.class)),
            @Parameter(name = "pmo", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), example = "FIN-PMO"),
            @Parameter(name = "employeeNumber", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "with to, the rotations whose period overlaps [from, to]", schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")),
            @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100", maximum = "500"))})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "One page and the total.", content = @Content(mediaType = "application/json", schema = @Schema(properties = {@SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = RotationJson.class), @SchemaProperty(name = "total", type = SchemaType.INTEGER)}))),
            @APIResponse(responseCode = "400", ref = "BadRequest")})
    @GET
    public PageJson<RotationJson> list(@QueryParam("status") String status, @QueryParam("pmo") String pmo,
                           @QueryParam("employeeNumber") String employeeNumber,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        RotationStatus wanted = QueryParameters.oneOf("status", status, RotationStatus.class);
        RotationPage found = search.search(wanted, pmo, employeeNumber, QueryParameters.date("from", from), QueryParameters.date("to", to),
                QueryParameters.whole("page", page, 0), QueryParameters.whole("size", size, 100));
        Policy policy = policies.current();
        LocalDate today = LocalDate.now(clock);
        return new PageJson<>(found.items().stream().map(rotation -> RotationJson.summary(rotation, policy, today)).toList(),
                found.total());
    }

    private RotationJson json(Rotation rotation) {
        return RotationJson.of(rotation, policies.current(), LocalDate.now(clock));
    }

    @Operation(summary = "Dry run of every rule; writes nothing.")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"employeeNumber\": \"E10002\", \"pmoCode\": \"FIN-PMO\", \"role\": \"PMO_MANAGER\", \"start\": \"2026-12-01\", \"months\": 25}"))
    @APIResponse(responseCode = "200", description = "Every violation at once.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RuleCheckJson.class), example = "{\"ok\": false, \"violations\": [{\"rule\": \"DURATION\", \"message\": \"A rotation lasts 12 to 24 months, extensions included; 2026-12-01 to 2028-12-31 is 25 months.\"}, {\"rule\": \"SEATS\", \"message\": \"Finance PMO has 1 PMO manager seat and it is taken from 2026-12-01 to 2028-06-30 (Clara Adeyemi, Laura Tanaka).\"}]}"))
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public RuleCheckJson check(ScheduleRequest request) {
        return RuleCheckJson.of(rotations.check(request));
    }

    @Operation(summary = "Schedule a rotation (PROPOSED) if every rule passes; with an Idempotency-Key, at most once.")
    @Parameter(ref = "IdempotencyKey")
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"employeeNumber\": \"E10002\", \"pmoCode\": \"FIN-PMO\", \"role\": \"PMO_ANALYST\", \"start\": \"2029-01-01\", \"months\": 12, \"objectives\": [\"LEADERSHIP_NETWORK\"]}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "Scheduled; Location is the rotation.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "422", ref = "RulesBroken")})
    @Transactional
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response schedule(ScheduleRequest request, @HeaderParam(IDEMPOTENCY_KEY) String key, @Context UriInfo uri) {
        if (key == null) {
            return created(rotations.apply(new RotationCommand.Schedule(request)), uri);
        }
        if (!IdempotencyService.isKey(key)) {
            String message = "Idempotency-Key is 1 to " + IdempotencyService.KEY_MAX + " visible ASCII characters, such as a UUID.";
            throw new BadRequestException(Problems.ofField(Response.Status.BAD_REQUEST, message, IDEMPOTENCY_KEY));
        }
        String digest = IdempotencyService.digest(request == null ? "" : String.join("|", request.employeeNumber(), request.pmoCode(),
                String.valueOf(request.role()), String.valueOf(request.start()), String.valueOf(request.months()),
                String.valueOf(request.objectives() == null ? null : new java.util.TreeSet<>(request.objectives()))));
        Optional<IdempotencyService.Answer> stored = idempotency.find(key, digest);
        if (stored.isPresent()) {
            IdempotencyService.Answer answer = stored.get();
            return Response.status(answer.status()).location(answer.location() == null ? null : URI.create(answer.location()))
                    .type(MediaType.APPLICATION_JSON_TYPE).header(REPLAYED, "true").entity(answer.body()).build();
        }
        Response created = created(rotations.apply(new RotationCommand.Schedule(request)), uri);
        idempotency.record(key, digest, new IdempotencyService.Answer(created.getStatus(), created.getLocation().toString(),
                JsonbConfiguration.toJson(created.getEntity())));
        return created;
    }

    private Response created(Rotation rotation, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(rotation.getId())).build())
                .tag(Versions.tag(rotation.getVersion())).entity(json(rotation)).build();
    }

    /** {@code GET /api/v1/rotations/candidates?pmo=&role=&start=&months=&limit=}: who could take the seat, ranked, with why. */
    @Operation(summary = "The people who meet every rule for a seat, ranked (never rotated first, then longest back in project roles, then the closest level, then tenure), each with the reason.")
    @Parameters({
            @Parameter(name = "pmo", in = ParameterIn.QUERY, required = true, schema = @Schema(type = SchemaType.STRING), example = "FIN-PMO"),
            @Parameter(name = "role", in = ParameterIn.QUERY, required = true, schema = @Schema(implementation = PmoRole.class)),
            @Parameter(name = "start", in = ParameterIn.QUERY, required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2027-03-01"),
            @Parameter(name = "months", in = ParameterIn.QUERY, required = true, schema = @Schema(type = SchemaType.INTEGER), example = "12"),
            @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "Ranked candidates.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CandidatesJson.class), example = "{\"items\": [{\"employeeNumber\": \"E10117\", \"fullName\": \"Omar Haddad\", \"level\": \"PROJECT_COORDINATOR\", \"reason\": \"Never rotated; project coordinator (analyst seat); 11 years since hire; meets every rule.\", \"lastRotationEnd\": null}]}")),
            @APIResponse(responseCode = "400", ref = "BadRequest")})
    @GET
    @Path("candidates")
    public CandidatesJson candidates(@QueryParam("pmo") String pmo, @QueryParam("role") String role, @QueryParam("start") String start,
                                 @QueryParam("months") String months, @QueryParam("limit") String limit) {
        PmoRole seatRole = QueryParameters.required("role", QueryParameters.oneOf("role", role, PmoRole.class));
        LocalDate from = QueryParameters.required("start", QueryParameters.date("start", start));
        return new CandidatesJson(rotations.candidates(pmo, seatRole, from, QueryParameters.whole("months", months, null),
                QueryParameters.whole("limit", limit, 20)).stream().map(CandidatesJson.CandidateJson::of).toList());
    }

    /** The candidates for a seat, best first. */
    @Schema(name = "Candidates")
    public record CandidatesJson(List<CandidateJson> items) {

        /** A candidate, why they rank where they do, and the end of their last rotation (null if they never rotated). */
        @Schema(name = "Candidate")
        public record CandidateJson(String employeeNumber, String fullName, CareerLevel level, String reason, LocalDate lastRotationEnd) {

            static CandidateJson of(Candidate candidate) {
                return new CandidateJson(candidate.staff().getEmployeeNumber().value(), candidate.staff().getFullName(),
                        candidate.staff().getLevel(), candidate.reason(), candidate.lastRotationEnd());
            }
        }
    }

    /** The dry run of the rules: {@code ok} when none is broken, else every violation. */
    @Schema(name = "RuleCheck")
    public record RuleCheckJson(boolean ok, List<ProblemJson.Violation> violations) {

        static RuleCheckJson of(List<Violation> violations) {
            return new RuleCheckJson(violations.isEmpty(), violations.stream()
                    .map(violation -> new ProblemJson.Violation(violation.rule().name(), null, violation.message())).toList());
        }
    }

    /** {@code POST /api/v1/rotations/{id}/approve}, on the version of {@code If-Match}: every rule is checked again. */
    @Operation(summary = "Approve a proposal; every rule is checked again.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "APPROVED.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "RulesBroken"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/approve")
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response approve(@PathParam("id") long id, @Context HttpHeaders headers) {
        return changed(new RotationCommand.Approve(id, Versions.read(headers)));
    }

    @Operation(summary = "Extend by whole months, within the maximum length; every rule is checked again.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"months\": 6}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The new end is in the history.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "RulesBroken"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response extend(@PathParam("id") long id, LifecycleRequests.Extend request, @Context HttpHeaders headers) {
        return changed(new RotationCommand.Extend(id, Versions.read(headers, request),
                request == null ? null : request.months()));
    }

    /** Moves a planned rotation to {@code months} months from {@code start}. */
    @Operation(summary = "Move a PROPOSED or APPROVED rotation to another period (the board's drag) on the version read; every rule is checked again, the move is in the history.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"start\": \"2027-06-01\", \"months\": 12}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The rotation at its new dates.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "RulesBroken"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response reschedule(@PathParam("id") long id, LifecycleRequests.Reschedule request, @Context HttpHeaders headers) {
        if (request == null || request.start() == null || request.months() == null) {
            throw new InvalidValueException(request == null || request.start() == null ? "start" : "months",
                    "A new schedule needs start, months and the version you read.");
        }
        org.pmorotations.domain.shared.Period period = org.pmorotations.domain.shared.Period.ofMonths(request.start(), request.months());
        return changed(new RotationCommand.Reschedule(id, Versions.read(headers, request), period.start(),
                period.end().orElseThrow()));
    }

    @Operation(summary = "End an active rotation early, with the reason.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"endDate\": \"2027-06-30\", \"reason\": \"Project emergency at home department\"}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "CURTAILED.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/curtail")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response curtail(@PathParam("id") long id, LifecycleRequests.Curtail request, @Context HttpHeaders headers) {
        return changed(new RotationCommand.Curtail(id, Versions.read(headers, request),
                request == null ? null : request.endDate(), request == null ? null : request.reason()));
    }

    @Operation(summary = "Cancel a proposed or approved rotation, with the reason.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"reason\": \"Candidate withdrew\"}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "CANCELLED.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response cancel(@PathParam("id") long id, LifecycleRequests.Cancel request, @Context HttpHeaders headers) {
        return changed(new RotationCommand.Cancel(id, Versions.read(headers, request),
                request == null ? null : request.reason()));
    }

    @Operation(summary = "Reserve the return placement: project, level and start, or one of the person's matches by its openRoleId"
            + " (its project, and the level and start of the match; confirmed, the return fills the open role).")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"projectCode\": \"PRJ-012\", \"level\": \"PROJECT_MANAGER\", \"start\": \"2028-01-03\"}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The placement is RESERVED.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response reserveReturn(@PathParam("id") long id, LifecycleRequests.Return request, @Context HttpHeaders headers) {
        if (request == null) {
            throw new InvalidValueException("body", "The return placement needs projectCode, level and start.");
        }
        if (request.openRoleId() != null) {
            return changed(new RotationCommand.ReserveMatchedReturn(id, Versions.read(headers, request), request.openRoleId()));
        }
        return changed(new RotationCommand.ReserveReturn(id, Versions.read(headers, request), request.projectCode(),
                request.level(), request.start()));
    }

    @Operation(summary = "The open roles the person could return to after this rotation, best first, each with the reason of its place:"
            + " their own backfill, then level fit (their level, or one up as a promotion path), home department, the days between the"
            + " return and the role's start, the rest of the project. None for a rotation that awaits no return.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "the best this many, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The matches.", content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReturnMatchJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{id}/return-matches")
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<ReturnMatchJson> returnMatches(@PathParam("id") long id, @QueryParam("limit") String limit) {
        int wanted = Math.min(MATCHES_MAX, Math.max(1, QueryParameters.whole("limit", limit, MATCHES_DEFAULT)));
        List<ReturnMatch> matches = returnMatches.of(id).stream().limit(wanted).toList();
        return java.util.stream.IntStream.range(0, matches.size()).mapToObj(i -> ReturnMatchJson.of(i + 1, matches.get(i))).toList();
    }

    /**
     * {@code POST /api/v1/rotations/{id}/return/confirm}, on the version of {@code If-Match}: the
     * person has started in the reserved return role.
     */
    @Operation(summary = "Confirm the reserved return once its start has come (the daily job does it too).")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The placement is CONFIRMED.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/return/confirm")
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response confirmReturn(@PathParam("id") long id, @Context HttpHeaders headers) {
        return changed(new RotationCommand.ConfirmReturn(id, Versions.read(headers)));
    }

    @Operation(summary = "Complete with the evaluation of each objective (RETURN_PLAN - needs a return placement).")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"evaluations\": {\"LEADERSHIP_NETWORK\": {\"rating\": \"MET\", \"note\": \"Chaired the steering committee\"}}}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "COMPLETED.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "RulesBroken"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response complete(@PathParam("id") long id, LifecycleRequests.Complete request, @Context HttpHeaders headers) {
        Map<Objective, Evaluation> evaluations = new EnumMap<>(Objective.class);
        if (request != null && request.evaluations() != null) {
            request.evaluations().forEach((name, rating) -> {
                Objective objective;
                try {
                    objective = Objective.valueOf(name);
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidValueException("evaluations", "There is no objective " + name + ".");
                }
                if (rating == null || rating.rating() == null) {
                    throw new InvalidValueException("evaluations", "The evaluation of " + name + " needs a rating (NOT_MET, PARTLY_MET or MET).");
                }
                evaluations.put(objective, new Evaluation(rating.rating(), rating.note()));
            });
        }
        return changed(new RotationCommand.Complete(id, Versions.read(headers, request), evaluations));
    }

    /** The rotation after {@code command}, with its new version as the {@code ETag}. */
    /** {@code PUT /api/v1/rotations/{id}}: a proposal's seat, dates and objectives, on the version read; every rule is checked again. */
    @Operation(summary = "Edit a proposal before approval: its PMO, role, start, length and objectives (the person stays); every rule is checked again, the proposal itself left out, and the history says what it was.")
    @Parameters({
            @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(ref = "IfMatch")})
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"pmoCode\": \"EPMO\", \"role\": \"PMO_ANALYST\", \"start\": \"2027-04-01\", \"months\": 18, \"objectives\": [\"PORTFOLIO_MANAGEMENT\"]}"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "Still PROPOSED, with the new values and a PROPOSAL_EDITED history entry.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "404", ref = "NotFound"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "RulesBroken"),
            @APIResponse(responseCode = "428", ref = "VersionRequired")})
    @Transactional
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response editProposal(@PathParam("id") long id, LifecycleRequests.EditProposal request, @Context HttpHeaders headers) {
        if (request == null) {
            throw new InvalidValueException("body", "The request is empty.");
        }
        return changed(new RotationCommand.EditProposal(id, Versions.read(headers, request), request.pmoCode(), request.role(),
                request.start(), request.months(), request.objectives()));
    }

    /** {@code POST /api/v1/rotations/{id}/notes}: a note kept in the history; no version, it changes nothing else. */
    @Operation(summary = "Write a note on a rotation in any state: kept in its history with who wrote it and when. Needs no version and changes it not.")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER))
    @RequestBody(content = @Content(mediaType = "application/json", example = "{\"text\": \"Asked to join the steering committee.\"}"))
    @APIResponses({
            @APIResponse(responseCode = "201", description = "The rotation, its history ending with the NOTED entry.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @Transactional
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Response addNote(@PathParam("id") long id, LifecycleRequests.Note request, @Context UriInfo uri) {
        Rotation rotation = rotations.apply(new RotationCommand.AddNote(id, null, request == null ? null : request.text()));
        return Response.created(uri.getBaseUriBuilder().path("v1/rotations/{id}").build(id))
                .entity(json(rotation)).tag(Versions.tag(rotation.getVersion())).build();
    }

    private Response changed(RotationCommand command) {
        Rotation rotation = rotations.apply(command);
        return Response.ok(json(rotation)).tag(Versions.tag(rotation.getVersion())).build();
    }

    /** {@code GET /api/v1/rotations/{id}}: the rotation with its history; its version is the {@code ETag} a change sends in {@code If-Match}. */
    @Operation(summary = "One rotation with its history; its version is the ETag that a change sends back in If-Match.")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The rotation.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RotationJson.class))),
            @APIResponse(responseCode = "404", ref = "NotFound")})
    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        return rotations.find(id)
                .map(rotation -> Response.ok(json(rotation)).tag(Versions.tag(rotation.getVersion())).build())
                .orElseGet(() -> Problems.of(Response.Status.NOT_FOUND, "There is no rotation " + id + "."));
    }
}
