package org.quadhub.observability;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The first filter of every request (UI, API, actuator, error pages): takes the caller's {@code X-Request-Id} when
 * it is a plain token (a proxy such as nginx sets one), otherwise makes a new one, echoes it in the response and
 * puts it in the logging context under {@code requestId} for every log line written while the request is served.
 * The audit trail records the same id. The error page dispatch that follows a failed request keeps the id. Each
 * request ends with one access line carrying the id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	/** The header that carries the id in and out. */
	public static final String HEADER = "X-Request-Id";

	/** The logging context (MDC) key and the name of the field in JSON log lines. */
	public static final String MDC_KEY = "requestId";

	private static final Logger ACCESS = LoggerFactory.getLogger("org.quadhub.observability.RequestLog");

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	/** Letters, digits and a few separators, at most 64 characters: safe in a log line, a header and the audit. */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = request.getAttribute(ATTRIBUTE) instanceof String known ? known
				: chooseId(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, requestId);
		if (!response.isCommitted()) {
			response.setHeader(HEADER, requestId);
		}
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, requestId);
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.getDispatcherType() == DispatcherType.REQUEST && ACCESS.isInfoEnabled()
					&& !quiet(request.getRequestURI())) {
				logAccess(request, response, (System.nanoTime() - started) / 1_000_000);
			}
			if (outer == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, outer);
			}
		}
	}

	/**
	 * One line per request (logger {@code org.quadhub.observability.RequestLog}, INFO): method, path without the
	 * query, status and milliseconds, also as structured fields of the JSON line. Probes, the scrape and static
	 * files are left out; set that logger to WARN to turn the lines off.
	 */
	private static void logAccess(HttpServletRequest request, HttpServletResponse response, long millis) {
		String path = request.getRequestURI();
		int status = request.isAsyncStarted() ? 0 : response.getStatus();
		ACCESS.atInfo()
			.addKeyValue("http.request.method", request.getMethod())
			.addKeyValue("url.path", path)
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("event.duration_ms", millis)
			.log("{} {} {} {} ms", request.getMethod(), path, status == 0 ? "async" : status, millis);
	}

	private static boolean quiet(String path) {
		return path.startsWith("/actuator/health") || path.equals("/actuator/prometheus") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/fonts/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

	/** The caller's id when acceptable, else a new random one. */
	static String chooseId(@Nullable String offered) {
		if (offered != null && ACCEPTED.matcher(offered).matches()) {
			return offered;
		}
		return UUID.randomUUID().toString();
	}
}
