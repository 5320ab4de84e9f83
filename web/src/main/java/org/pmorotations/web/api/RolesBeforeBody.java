package org.pmorotations.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Who may act is decided before what they sent is read: an endpoint that changes something names
 * the roles that may call it ({@code @RolesAllowed}, the same roles as the service it calls), and
 * this filter answers 403 for any other caller before the body is bound, so that a refused caller
 * learns nothing from the validation of a body they may not send. The services check the roles
 * again; this is the first of two checks, not the only one.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RolesBeforeBody implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    SecurityContext security;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return;
        }
        // No caller at all never gets this far: the authentication mechanism answers 401 first.
        if (security.getUserPrincipal() != null && Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problems.of(Response.Status.FORBIDDEN, "You are not allowed to do this."));
        }
    }
}
