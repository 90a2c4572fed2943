/**
 * Skills pipeline (academia-industry alignment): a QUAD's skills demand per year and category from its plan, the
 * supply from university programmes linked to its product, and the gap per year and category.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "quads", "partners" })
@org.jspecify.annotations.NullMarked
package org.quadhub.skills;
