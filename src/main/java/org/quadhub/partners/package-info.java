/** Registry of the organisations that can form QUADs: companies and universities or R&D institutes, in Pakistan and China. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.quadhub.partners;
