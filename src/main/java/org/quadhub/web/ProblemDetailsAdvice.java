package org.quadhub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457) with a stable type, a helpful detail that
 * leaks nothing, and {@code errors[]} naming the fields that were wrong. Browsers asking for a page get the
 * error page instead.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ObjectProvider<DataSource> dataSource;

	ProblemDetailsAdvice(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@ExceptionHandler(DomainProblem.class)
	Object domain(DomainProblem failure, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(failure);
		return respond(problem, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object optimisticLock(OptimisticLockingFailureException failure, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.CONFLICT, "stale-version", "Edited by someone else",
				"Someone else changed this record since you loaded it; reload and apply your change again."), request);
	}

	/**
	 * Text PostgreSQL refuses to store or compare (a NUL character, bytes that are not UTF-8, a value longer than its
	 * column) is bad input, not a server fault: 400, and the transaction has rolled back (ADR 0020).
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	Object refusedText(org.springframework.dao.DataIntegrityViolationException failure, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		String state = null;
		for (Throwable t = failure; t != null && state == null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql) {
				state = sql.getSQLState();
			}
		}
		if ("22021".equals(state) || "22P05".equals(state) || "22001".equals(state)) {
			String detail = "22001".equals(state) ? "A text value is longer than the field allows."
					: "A text value contains a NUL character or bytes that are not UTF-8, which no text may hold.";
			return respond(Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input", detail), request);
		}
		return unexpected(failure, request, response);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException failure, HttpServletRequest request) {
		String name = failure.getName();
		String expected = failure.getRequiredType() == null ? "value" : describe(failure.getRequiredType());
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
				name + ": '" + failure.getValue() + "' is not a valid " + expected + ".");
		return respond(Problems.withErrors(problem, List.of(Map.of("field", name, "message", "must be a valid " + expected))),
				request);
	}

	/** A form that should carry a file but is not a multipart body, or a multipart body that cannot be read. */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	Object notMultipart(org.springframework.web.multipart.MultipartException failure, HttpServletRequest request) {
		if (failure instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
			return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
					"The upload is larger than the server accepts. Split it by period and upload the parts."), request);
		}
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-upload", "Malformed upload",
				"The request must be a multipart/form-data form with the file in the part 'file'."), request);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException failure) {
		throw failure;
	}

	/** The database is down, restarting or out of connections: 503 with Retry-After, not 500 (ADR 0022). */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class })
	Object databaseUnavailable(Exception failure, HttpServletRequest request, HttpServletResponse response) {
		if (!DatabaseOutage.isOutage(failure)) {
			return unexpected(failure, request, response);
		}
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
		return respond(DatabaseOutage.problem(), request);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response) {
		if (DatabaseOutage.isOutage(failure) || (DatabaseOutage.isPersistenceFailure(failure) && databaseUnreachable())) {
			log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
			return respond(DatabaseOutage.problem(), request);
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side; the request was not applied."), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.collect(Collectors.toList());
		ProblemDetail problem = Problems.withErrors(
				Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input", errors.size() + " field(s) are invalid."),
				errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				"The request body is missing or is not valid JSON of the expected shape.");
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			problem.setDetail("The value of '" + field + "' has the wrong type or is not one of the allowed values.");
			Problems.withErrors(problem, List.of(Map.of("field", field, "message", "has a wrong type or value")));
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(java.net.URI.create(Problems.TYPE_BASE + Problems.slug(statusCode.value())));
			}
			problem.setInstance(null);
			HttpHeaders merged = new HttpHeaders();
			merged.putAll(response.getHeaders());
			merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return new ResponseEntity<>(problem, merged, response.getStatusCode());
		}
		return response;
	}

	/** Asks the pool for a working connection: only on a persistence failure whose cause does not tell. */
	private boolean databaseUnreachable() {
		DataSource source = dataSource.getIfAvailable();
		if (source == null) {
			return false;
		}
		try (Connection connection = source.getConnection()) {
			return !connection.isValid(2);
		}
		catch (SQLException | RuntimeException e) {
			return true;
		}
	}

	private static Object respond(ProblemDetail problem, HttpServletRequest request) {
		if (wantsPage(request)) {
			ModelAndView page = new ModelAndView("error");
			page.setStatus(HttpStatus.valueOf(problem.getStatus()));
			page.addObject("problem", problem);
			page.addObject("me", ActorArgumentResolver.current());
			return page;
		}
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Pages are for browsers navigating the UI; everything under /api gets JSON whatever it accepts. */
	static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "value, one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}
}
