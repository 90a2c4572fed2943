package org.quadhub.shared;

/** The two sides of the programme. */
public enum Country {
	PK,
	CN
}
