package org.quadhub.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with login throttling (ADR 0019) around the password check of {@link VerifiedCredentials}, for form login
 * and HTTP Basic alike. An address over its limit is refused before any password check ({@link Throttled}: the API
 * answers 429 with Retry-After). A locked account is refused with exactly the failure of a wrong password: the
 * password is still checked (same work, same timing) but even the right one does not sign in until the lock ends.
 * Every failure, for a known or an unknown username, counts; a success clears the account's count.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final String GENERIC_FAILURE = "Bad credentials";

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		LoginThrottle.Standing standing = throttle.standing(username, address);
		if (standing.addressBlockedFor() != null) {
			throw new Throttled(standing.addressBlockedFor());
		}
		Authentication result;
		try {
			result = delegate.authenticate(authentication);
		}
		catch (AccountStatusException e) {
			// A disabled account fails like a wrong password: the message must not tell that the account exists.
			throttle.failed(username, address);
			throw new BadCredentialsException(GENERIC_FAILURE, e);
		}
		catch (org.springframework.security.authentication.InternalAuthenticationServiceException e) {
			// the account could not be loaded (e.g. the database is busy or down): not a wrong password, not counted
			throw e;
		}
		catch (AuthenticationException e) {
			if (standing.accountLockedFor() == null) {
				throttle.failed(username, address);
			}
			throw e;
		}
		if (standing.accountLockedFor() != null) {
			throw new BadCredentialsException(GENERIC_FAILURE);
		}
		if (result != null && standing.accountHasFailures()) {
			throttle.succeeded(username);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	/** Too many failed sign-ins from this network address; try again after {@link #retryAfter()}. */
	static final class Throttled extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		private final Duration retryAfter;

		Throttled(Duration retryAfter) {
			super("Too many failed sign-ins");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return retryAfter;
		}
	}
}
