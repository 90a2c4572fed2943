/**
 * Deadline-driven approval workflow: route templates, cases of steps with SLAs in working days, deemed approval
 * and escalation, notifications and inertia metrics. Generic: it knows a {@link org.quadhub.approvals.SubjectRef}
 * and asks the owning module through {@link org.quadhub.approvals.SubjectAccess}, never depending on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cluster", "users" })
@org.jspecify.annotations.NullMarked
package org.quadhub.approvals;
