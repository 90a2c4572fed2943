package org.quadhub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses a query or form parameter holding a NUL character with 400 problem+json before it reaches a handler:
 * PostgreSQL cannot store or compare NUL in text, so such a value would otherwise surface as a database error (500)
 * wherever a filter or form passes it on (ADR 0020). Names the offending parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String bad = null;
		String type = request.getContentType();
		boolean multipart = type != null && type.startsWith("multipart/");
		if (!multipart) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (parameter.getKey().indexOf('\u0000') >= 0) {
					bad = "(a parameter name)";
				}
				for (String value : parameter.getValue()) {
					if (value != null && value.indexOf('\u0000') >= 0) {
						bad = parameter.getKey().replace("\u0000", "");
					}
				}
				if (bad != null) {
					break;
				}
			}
		}
		if (bad == null) {
			chain.doFilter(request, response);
			return;
		}
		String field = bad.replaceAll("[^A-Za-z0-9_.\\-\\[\\]()]", "?");
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"" + Problems.TYPE_BASE + "validation\",\"title\":\"Invalid input\","
				+ "\"status\":400,\"detail\":\"" + field + " contains a NUL character, which no text may hold.\","
				+ "\"errors\":[{\"field\":\"" + field + "\",\"message\":\"must not contain a NUL character\"}]}");
	}
}
