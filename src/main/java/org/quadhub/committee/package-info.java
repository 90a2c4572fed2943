/**
 * The Pakistan–China joint committee: meetings, agenda items linked to QUADs or other subjects, decisions in three
 * languages, minutes signed by each side in turn, and action items with owners and due dates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "quads", "users", "approvals" })
@org.jspecify.annotations.NullMarked
package org.quadhub.committee;
