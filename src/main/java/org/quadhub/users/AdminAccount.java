package org.quadhub.users;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On the first start, creates user {@code admin} (AUTHORITY) with {@code QUADHUB_ADMIN_PASSWORD}, or with a random
 * password printed once in the log when that is unset. Later starts leave the account alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	private final Users users;
	private final @Nullable String configuredPassword;

	AdminAccount(Users users, @Value("${quadhub.admin-password:}") @Nullable String configuredPassword) {
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		if (users.ensure("admin", password, Set.of(Role.AUTHORITY), null)) {
			if (generated) {
				log.warn("Created user 'admin' with the generated password: {}  (shown once; set "
						+ "QUADHUB_ADMIN_PASSWORD before the first start to choose it)", password);
			}
			else {
				log.info("Created user 'admin' with the password from QUADHUB_ADMIN_PASSWORD");
			}
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
