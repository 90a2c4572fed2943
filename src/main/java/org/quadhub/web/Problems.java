package org.quadhub.web;

import org.quadhub.shared.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem details with QuadHub's stable type URIs. */
final class Problems {

	static final String TYPE_BASE = "https://quadhub.gov.pk/problems/";

	private Problems() {
	}

	static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + slug));
		problem.setTitle(title);
		return problem;
	}

	static ProblemDetail of(DomainProblem failure) {
		ProblemDetail problem = of(status(failure.kind()), failure.slug(), failure.title(), failure.detail());
		if (!failure.errors().isEmpty()) {
			problem.setProperty("errors", failure.errors().stream()
				.map(e -> Map.of("field", e.field(), "message", e.message()))
				.toList());
		}
		return problem;
	}

	static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	static HttpStatus status(DomainProblem.Kind kind) {
		switch (kind) {
			case NOT_FOUND:
				return HttpStatus.NOT_FOUND;
			case FORBIDDEN:
				return HttpStatus.FORBIDDEN;
			case CONFLICT:
				return HttpStatus.CONFLICT;
			case RULE_VIOLATED:
				return HttpStatus.UNPROCESSABLE_CONTENT;
			default:
				return HttpStatus.BAD_REQUEST;
		}
	}

	/** A default slug for a bare HTTP status. */
	static String slug(int status) {
		switch (status) {
			case 400:
				return "bad-request";
			case 401:
				return "unauthenticated";
			case 403:
				return "forbidden";
			case 404:
				return "not-found";
			case 405:
				return "method-not-allowed";
			case 406:
				return "not-acceptable";
			case 409:
				return "conflict";
			case 413:
				return "payload-too-large";
			case 415:
				return "unsupported-media-type";
			default:
				return status >= 500 ? "internal-error" : "http-" + status;
		}
	}
}
