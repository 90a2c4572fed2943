package org.quadhub.web;

import org.quadhub.shared.Actor;
import java.time.Clock;
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

	@ModelAttribute("me")
	Actor me() {
		return ActorArgumentResolver.current();
	}
}
