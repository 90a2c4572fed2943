package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

/**
 * One product of a period, ranked by PCI: its name and Atlas section, the programme sector it belongs to (if any,
 * which also makes it high-tech), ubiquity, PCI and world exports.
 */
public record ProductComplexity(int rank, String product, String name, String section, String sectionName,
		@Nullable Sector sector, boolean highTech, int ubiquity, double pci, double worldExports) {
}
