package org.quadhub.ip;

/** Patent offices of the register; OTHER carries the office's name separately. */
public enum PatentOffice {
	CNIPA, IPO_PK, WIPO_PCT, EPO, USPTO, OTHER
}
