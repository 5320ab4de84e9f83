package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;

import org.pmorotations.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.transaction.Transactional;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.service.rotation.PolicySettings;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;

/**
 * The thresholds of the scheduling rules under {@code /api/v1/policy}: every signed-in role reads
 * them, only an administrator changes them ({@code PUT} with the version read; stale is 409).
 */
@Tag(name = "policy")
@Path("v1/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PolicyService policies;

    @Operation(summary = "The thresholds of the rules, with the version to send back.")
    @APIResponse(responseCode = "200", description = "The policy.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyJson.class)))
    @GET
    public PolicyJson read() {
        return PolicyJson.of(policies.settings());
    }

    @Operation(summary = "Change the thresholds (ADMIN); every one is required; a stale version is 409.")
    @RequestBody(content = @Content(mediaType = "application/json"))
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The policy as stored.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyJson.class))),
            @APIResponse(responseCode = "403", ref = "Forbidden"),
            @APIResponse(responseCode = "409", ref = "Conflict"),
            @APIResponse(responseCode = "422", ref = "Unprocessable")})
    @Transactional
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyJson update(PolicyRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "The policy is missing.");
        }
        Policy wanted = new Policy(
                required("minMonths", request.minMonths()), required("maxMonths", request.maxMonths()),
                required("analystMinLevel", request.analystMinLevel()), required("managerMinLevel", request.managerMinLevel()),
                required("enterpriseMinLevel", request.enterpriseMinLevel()),
                required("tenureMonths", request.tenureMonths()), required("coolOffMonths", request.coolOffMonths()),
                required("atRiskDays", request.atRiskDays()), required("returnHorizonMonths", request.returnHorizonMonths()));
        return PolicyJson.of(policies.update(wanted, request.version()));
    }

    /** Every threshold is required: a missing one is an error, never a silent return to the default. */
    public record PolicyRequest(Integer minMonths, Integer maxMonths, CareerLevel analystMinLevel, CareerLevel managerMinLevel,
                                CareerLevel enterpriseMinLevel, Integer tenureMonths, Integer coolOffMonths, Integer atRiskDays,
                                Integer returnHorizonMonths, Long version) {
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required.");
        }
        return value;
    }

    /** The thresholds as the API answers them, with the version a change sends back. */
    @Schema(name = "Policy")
    public record PolicyJson(@Schema(description = "DURATION: shortest rotation, in months.") int minMonths,
                             @Schema(description = "DURATION: longest rotation, extensions included, in months.") int maxMonths,
                             @Schema(description = "ELIGIBILITY: lowest level for an analyst seat.") CareerLevel analystMinLevel,
                             @Schema(description = "ELIGIBILITY: lowest level for a manager seat.") CareerLevel managerMinLevel,
                             @Schema(description = "ELIGIBILITY: lowest level for any seat of an enterprise PMO.") CareerLevel enterpriseMinLevel,
                             @Schema(description = "TENURE: months since hire before a first rotation.") int tenureMonths,
                             @Schema(description = "COOL_OFF: months back in project roles between two rotations.") int coolOffMonths,
                             @Schema(description = "RETURN_PLAN: days before the end from which a rotation without a return is at risk.")
                             int atRiskDays,
                             @Schema(description = "The way back: rotations ending within this many months are matched with open roles.")
                             int returnHorizonMonths,
                             long version) {

        static PolicyJson of(PolicySettings settings) {
            Policy policy = settings.policy();
            return new PolicyJson(policy.minMonths(), policy.maxMonths(), policy.analystMinLevel(), policy.managerMinLevel(),
                    policy.enterpriseMinLevel(), policy.tenureMonths(), policy.coolOffMonths(), policy.atRiskDays(), policy.returnHorizonMonths(),
                    settings.version());
        }
    }
}
