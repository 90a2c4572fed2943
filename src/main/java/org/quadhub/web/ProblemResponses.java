package org.quadhub.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** Writes 401 and 403 from the security filters as problem+json, like every other error. */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, failure) -> {
			if (DatabaseOutage.isOutage(failure)) {
				// the account could not be loaded: not a wrong password, so no 401 (ADR 0022)
				response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
				write(response, DatabaseOutage.problem());
				return;
			}
			if (failure instanceof ThrottledAuthenticationProvider.Throttled throttled) {
				tooManyAttempts(response, throttled);
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"QuadHub\"");
			write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
					"Sign in: send HTTP Basic credentials of a QuadHub user."));
		};
	}

	/** Too many failed sign-ins from this address (ADR 0019): 429 with Retry-After in whole seconds. */
	private void tooManyAttempts(HttpServletResponse response, ThrottledAuthenticationProvider.Throttled throttled)
			throws IOException {
		long seconds = Math.max(1, throttled.retryAfter().toSeconds() + 1);
		response.setHeader("Retry-After", Long.toString(seconds));
		write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-failures", "Too many failed sign-ins",
				"Too many failed sign-ins from your address. Try again in " + seconds + " seconds."));
	}

	AccessDeniedHandler forbidden() {
		return (request, response, failure) -> write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"Your role does not allow this request."));
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
