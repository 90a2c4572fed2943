/** The {@code complexity} command of the application jar: trade file in, country, product and cell CSVs out. */
@org.jspecify.annotations.NullMarked
package org.quadhub.complexity.cli;
