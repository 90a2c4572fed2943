package org.quadhub.web;

import org.quadhub.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user, for the navigation and role-dependent buttons. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Clock clock;

	LayoutAdvice(Clock clock) {
		this.clock = clock;
	}

	/** Times are shown in the programme's zone (Pakistan), whatever the server's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	/** For the language switcher: this page in each language (the lang parameter replaced, the rest kept). */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Languages language : Languages.all()) {
			links.put(language.code(), UriComponentsBuilder.fromPath(request.getRequestURI())
					.query(request.getQueryString())
					.replaceQueryParam(Languages.PARAMETER, language.code())
					.build()
					.toUriString());
		}
		return links;
	}

	@ModelAttribute("me")
	Actor me() {
		return ActorArgumentResolver.current();
	}
}
