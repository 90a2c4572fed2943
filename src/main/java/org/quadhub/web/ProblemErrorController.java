package org.quadhub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors that never reached a controller (filters, the container) still come back as problem+json, or a page. */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		ProblemDetail problem = problem(request, response);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(problem.getStatus()));
		page.addObject("problem", problem);
		page.addObject("me", ActorArgumentResolver.current());
		return page;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> json(HttpServletRequest request, HttpServletResponse response) {
		ProblemDetail problem = problem(request, response);
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ProblemDetail problem(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseOutage.isOutage(failure)) {
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
			return DatabaseOutage.problem();
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : 500;
		HttpStatus resolved = HttpStatus.resolve(status);
		if (resolved == null) {
			resolved = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = resolved.is5xxServerError() ? "Something went wrong on our side; the request was not applied."
				: resolved.getReasonPhrase() + ".";
		return Problems.of(resolved, Problems.slug(resolved.value()), resolved.getReasonPhrase(), detail);
	}
}
