package org.quadhub.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

	private final ObjectProvider<SsoSecurity> sso;

	LoginPage(ObjectProvider<SsoSecurity> sso) {
		this.sso = sso;
	}

	@GetMapping("/login")
	String login(Model model) {
		sso.ifAvailable(single -> model.addAttribute("ssoProvider", single.providerName()));
		return "login";
	}
}
