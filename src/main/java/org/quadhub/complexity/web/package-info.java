/** REST API and pages of the complexity module. */
@org.jspecify.annotations.NullMarked
package org.quadhub.complexity.web;
