package org.quadhub.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * Gives every request an id, echoed as {@code X-Request-Id}, and remembers it with the client address for the
 * audit entries the request produces. Runs before Spring Security, so sign-in attempts carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditRequestFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the id the observability filter chose (the caller's X-Request-Id or a new one), so logs and audit agree
		String requestId = MDC.get("requestId");
		if (requestId == null) {
			requestId = UUID.randomUUID().toString();
		}
		response.setHeader(HEADER, requestId);
		RequestInfo.set(new RequestInfo(requestId, request.getRemoteAddr()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestInfo.set(null);
		}
	}
}
