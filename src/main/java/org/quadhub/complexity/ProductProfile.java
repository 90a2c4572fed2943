package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.util.List;

/** A product page: what it is, how complex, who exports it, and where the home and partner countries stand. */
public record ProductProfile(long datasetId, String dataset, @Nullable Integer year, String product, String name,
		String sectionName, @Nullable Sector sector, boolean highTech, double pci, int ubiquity, double worldExports,
		@Nullable ExporterPosition home, @Nullable ExporterPosition partner, double homeDensity, double homeCog,
		List<ExporterPosition> exporters, String formQuadUrl) {
}
