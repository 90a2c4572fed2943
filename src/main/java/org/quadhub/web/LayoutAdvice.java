package org.quadhub.web;

import org.quadhub.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user, for the navigation and role-dependent buttons. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	@ModelAttribute("me")
	Actor me() {
		return ActorArgumentResolver.current();
	}
}
