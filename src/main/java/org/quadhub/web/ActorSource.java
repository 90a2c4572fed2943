package org.quadhub.web;

import org.quadhub.shared.Actor;

/** Anything Spring Security holds for a signed-in user (a local account or a single sign-on identity) that knows its Actor. */
interface ActorSource {

	Actor actor();
}
