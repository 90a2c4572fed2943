package org.quadhub.ip;

/** Register-based R&D figures for one calendar year: applications filed and patents granted. */
public record PatentFigures(int year, long filed, long granted) {
}
