package org.quadhub.cluster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This instance's name: {@code quadhub.instance-id} when the operator sets one (then it is also sent as the
 * {@code X-Instance} response header), else host name and process id (recorded in the database only).
 */
@Component
public class InstanceName {

	private final String name;
	private final boolean configured;

	InstanceName(@Value("${quadhub.instance-id:}") String configured) {
		this.configured = !configured.isBlank();
		this.name = this.configured ? configured.strip() : host() + "-" + ProcessHandle.current().pid();
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}

	public String name() {
		return name;
	}

	/** True when the operator named this instance (and so wants the name on responses). */
	public boolean configured() {
		return configured;
	}
}
