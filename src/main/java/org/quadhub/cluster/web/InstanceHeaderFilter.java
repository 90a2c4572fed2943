package org.quadhub.cluster.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quadhub.cluster.InstanceName;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Names the answering instance in an {@code X-Instance} header when the operator named it
 * ({@code quadhub.instance-id}): behind the proxy this shows which instance served a request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstanceHeaderFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Instance";

	private final InstanceName instance;

	InstanceHeaderFilter(InstanceName instance) {
		this.instance = instance;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !instance.configured();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, instance.name());
		chain.doFilter(request, response);
	}
}
