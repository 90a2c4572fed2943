/** Reading trade files (long CSV and BACI's raw layout) row by row into a trade table, naming every bad row. */
@org.jspecify.annotations.NullMarked
package org.quadhub.complexity.data;
